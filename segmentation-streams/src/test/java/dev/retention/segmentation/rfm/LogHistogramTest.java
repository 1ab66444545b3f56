package dev.retention.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogHistogramTest {

  @Test
  void shouldGiveEverySmallValueItsOwnBucket() {
    for (long v = 0; v < 128; v++) {
      int index = LogHistogram.indexOf(v);
      assertThat(LogHistogram.lowerBound(index)).isEqualTo(v);
      assertThat(LogHistogram.upperBound(index)).isEqualTo(v);
    }
  }

  @Test
  void shouldTileTheWholeRangeWithBucketsNarrowerThanOnePart128() {
    for (int index = 0; index < LogHistogram.indexOf(Long.MAX_VALUE); index++) {
      long lower = LogHistogram.lowerBound(index);
      long upper = LogHistogram.upperBound(index);
      assertThat(LogHistogram.lowerBound(index + 1)).as("bucket %d ends where the next begins", index)
          .isEqualTo(upper + 1);
      assertThat(LogHistogram.indexOf(lower)).isEqualTo(index);
      assertThat(LogHistogram.indexOf(upper)).isEqualTo(index);
      assertThat(upper - lower).isLessThanOrEqualTo(lower / 128);
    }
    assertThat(LogHistogram.upperBound(LogHistogram.indexOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    assertThat(LogHistogram.indexOf(Long.MAX_VALUE)).isEqualTo(7295);
  }

  @Test
  void shouldPutRandomValuesIntoTheirBucket() {
    Random random = new Random(3);
    for (int i = 0; i < 100_000; i++) {
      long v = (random.nextLong() >>> 1) >>> random.nextInt(63);
      int index = LogHistogram.indexOf(v);
      assertThat(v).isBetween(LogHistogram.lowerBound(index), LogHistogram.upperBound(index));
    }
  }

  @Test
  void shouldMergeByAddingCounts() {
    LogHistogram a = new LogHistogram.Builder().add(1).add(1000).add(1_000_000).build();
    LogHistogram b = new LogHistogram.Builder().add(1).add(5).build();
    LogHistogram all = new LogHistogram.Builder().add(1).add(1000).add(1_000_000).add(1).add(5).build();

    assertThat(a.merge(b)).isEqualTo(all).isEqualTo(b.merge(a));
    assertThat(all.total()).isEqualTo(5);
    assertThat(a.merge(LogHistogram.empty())).isEqualTo(a);
  }

  @Test
  void shouldFindQuantilesFromBothEnds() {
    LogHistogram.Builder builder = new LogHistogram.Builder();
    for (int v = 1; v <= 10; v++) {
      builder.add(v);
    }
    LogHistogram h = builder.build();

    assertThat(h.lowerQuantile(1, 5)).isEqualTo(2);
    assertThat(h.lowerQuantile(4, 5)).isEqualTo(8);
    assertThat(h.lowerQuantile(1, 1)).isEqualTo(10);
    assertThat(h.upperQuantile(1, 5)).isEqualTo(9);
    assertThat(h.upperQuantile(4, 5)).isEqualTo(3);
    assertThatThrownBy(() -> LogHistogram.empty().lowerQuantile(1, 2)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldTreatValuesInOneBucketAsTies() {
    LogHistogram h = new LogHistogram.Builder().add(100_000).add(100_100).add(200_000).add(300_000).build();

    long median = h.lowerQuantile(1, 2);
    assertThat(median).as("100000 and 100100 share a bucket; the cut is that bucket's largest value")
        .isGreaterThanOrEqualTo(100_100).isLessThan(100_000 + 100_000 / 128 + 1);
  }
}
