package dev.retention.ingestion.importer;

import dev.retention.testkit.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void shouldRenderRowsRatePercentageAndEta() {
    ProgressSnapshot snapshot = new ProgressSnapshot(3_412, 25_000, 100_000, Duration.ofSeconds(2));

    assertThat(TerminalProgress.render(snapshot)).isEqualTo("3,412 rows  1,706 rows/s   25%  ETA 0:06");
  }

  @Test
  void shouldLeaveOutPercentageAndEtaWhenTheSizeIsUnknown() {
    assertThat(TerminalProgress.render(new ProgressSnapshot(10, 100, 0, Duration.ofSeconds(1))))
        .isEqualTo("10 rows  10 rows/s");
  }

  @Test
  void shouldRedrawInPlaceOncePerIntervalAtMostAndEndTheLineWhenFinished() {
    StringWriter text = new StringWriter();
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    TerminalProgress progress = new TerminalProgress(new PrintWriter(text), clock, Duration.ofMillis(200));

    progress.update(new ProgressSnapshot(1, 10, 100, Duration.ofSeconds(1)));
    clock.advance(Duration.ofMillis(200));
    progress.update(new ProgressSnapshot(2, 20, 100, Duration.ofSeconds(1)));
    progress.update(new ProgressSnapshot(3, 30, 100, Duration.ofSeconds(1)));
    clock.advance(Duration.ofMillis(200));
    progress.update(new ProgressSnapshot(4, 40, 100, Duration.ofSeconds(1)));
    progress.finish(new ProgressSnapshot(10, 100, 100, Duration.ofSeconds(2)));

    assertThat(text.toString().split("\r", -1)).hasSize(4);
    assertThat(text.toString()).startsWith("\r2 rows").contains("\r4 rows").doesNotContain("\r1 rows")
        .doesNotContain("\r3 rows")
        .endsWith("\r10 rows  5 rows/s  100%  ETA 0:00" + System.lineSeparator());
  }
}
