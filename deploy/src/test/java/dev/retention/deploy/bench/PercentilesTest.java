package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankPercentilesOfUnsortedSamples() {
    List<Long> millis = new ArrayList<>();
    for (long m = 1; m <= 200; m++) {
      millis.add(m);
    }
    Collections.shuffle(millis);
    long[] nanos = new long[250]; // with room to spare: only the first 200 count
    for (int i = 0; i < 200; i++) {
      nanos[i] = millis.get(i) * 1_000_000;
    }

    Percentiles p = Percentiles.of(nanos, 200);

    assertThat(p.count()).isEqualTo(200);
    assertThat(p.p50Millis()).isEqualTo(100.0);
    assertThat(p.p99Millis()).isEqualTo(198.0);
    assertThat(p.maxMillis()).isEqualTo(200.0);
  }

  @Test
  void oneSampleIsEveryPercentileAndNoneIsZero() {
    assertThat(Percentiles.of(new long[] {2_500_000}, 1)).isEqualTo(new Percentiles(1, 2.5, 2.5, 2.5));
    assertThat(Percentiles.of(new long[0], 0)).isEqualTo(new Percentiles(0, 0, 0, 0));
  }
}
