package dev.retention.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;

class DueIndexKeyTest {

  @Test
  void shouldOrderKeysByTimeAcrossTheEpochAndThenById() {
    long[] times = {Long.MIN_VALUE + 1, -86_400_000L, -1L, 0L, 1L, 1_700_000_000_000L, Long.MAX_VALUE};
    List<Bytes> keys = new ArrayList<>();
    for (long time : times) {
      keys.add(DueIndexKey.of(time, "b"));
      keys.add(DueIndexKey.of(time, "a"));
    }
    List<Bytes> sorted = new ArrayList<>(keys);
    sorted.sort(Bytes::compareTo);

    for (int i = 1; i < sorted.size(); i++) {
      assertThat(DueIndexKey.time(sorted.get(i))).isGreaterThanOrEqualTo(DueIndexKey.time(sorted.get(i - 1)));
    }
    assertThat(sorted.get(0)).isEqualTo(DueIndexKey.of(Long.MIN_VALUE + 1, "a"));
  }

  @Test
  void shouldBoundExactlyTheEarlierTimes() {
    Bytes bound = DueIndexKey.before(1_000L);
    assertThat(DueIndexKey.of(999L, "zzz").compareTo(bound)).isNegative();
    assertThat(DueIndexKey.of(1_000L, "").compareTo(bound)).isGreaterThanOrEqualTo(0);
    assertThat(DueIndexKey.of(1_000L, "a").compareTo(bound)).isPositive();
  }

  @Test
  void shouldReadTheTimeBack() {
    assertThat(DueIndexKey.time(DueIndexKey.of(-5L, "x"))).isEqualTo(-5L);
    assertThat(DueIndexKey.time(DueIndexKey.of(1_795_000_000_000L, "cust-1"))).isEqualTo(1_795_000_000_000L);
  }
}
