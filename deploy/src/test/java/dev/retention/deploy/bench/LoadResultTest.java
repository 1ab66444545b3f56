package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadResultTest {

  @Test
  void readsTheLineItWrites() {
    LoadResult result = new LoadResult(512_300, 20.004, 25_609.9, 27.25, 61.5, 140.125, 5_123, 2, 640_000, 25.01,
        9.5);

    assertThat(LoadResult.parse(result.toLine())).isEqualTo(new LoadResult(512_300, 20.004, 25_609.9, 27.25, 61.5,
        140.125, 5_123, 2, 640_000, 25.01, 9.5));
  }

  @Test
  void findsTheLastResultLineInTheOutput() {
    String output = "starting\nRESULT events=1 seconds=1 rate=1 p50ms=1 p99ms=1 maxms=1 batches=1 errors=0 sent=1 "
        + "loadseconds=1 cpuseconds=1\n"
        + "RESULT events=200 seconds=2.5 rate=80 p50ms=3.5 p99ms=9 maxms=12 batches=2 errors=0 sent=300 "
        + "loadseconds=3 cpuseconds=0.5\n";

    assertThat(LoadResult.find(output)).hasValueSatisfying(r -> {
      assertThat(r.events()).isEqualTo(200);
      assertThat(r.seconds()).isEqualTo(2.5);
      assertThat(r.p50Millis()).isEqualTo(3.5);
      assertThat(r.p99Millis()).isEqualTo(9);
      assertThat(r.sent()).isEqualTo(300);
    });
    assertThat(LoadResult.find("load: HTTP 503\n")).isEmpty();
  }

  @Test
  void refusesAnIncompleteOrMalformedLine() {
    assertThatThrownBy(() -> LoadResult.parse("RESULT events=1 seconds=1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rate");
    assertThatThrownBy(() -> LoadResult.parse(
        "RESULT events=x seconds=1 rate=1 p50ms=1 p99ms=1 maxms=1 batches=1 errors=0 sent=1 loadseconds=1 "
            + "cpuseconds=1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
    assertThatThrownBy(() -> LoadResult.parse("events=1")).isInstanceOf(IllegalArgumentException.class);
  }
}
