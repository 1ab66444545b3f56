package dev.retention.deploy.bench;

import java.util.Arrays;

/** Latency percentiles from recorded samples (nanoseconds), exact: the benchmarks record at most a few 100,000. */
public record Percentiles(long count, double p50Millis, double p99Millis, double maxMillis) {

  public static Percentiles of(long[] nanos, int size) {
    if (size == 0) {
      return new Percentiles(0, 0, 0, 0);
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    return new Percentiles(size, millis(sorted, 0.50), millis(sorted, 0.99), sorted[size - 1] / 1e6);
  }

  private static double millis(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
