package dev.retention.deploy.bench;

import dev.retention.deploy.bench.ProjectionRun.Series;
import java.util.Arrays;

/** Latencies of what succeeded (nanoseconds), and a count of what failed; safe to add to from several threads. */
final class ProjectionLatencies {

  private long[] nanos = new long[1024];
  private int size;
  private long failed;

  /** Records {@code nanos} if {@code ok}, else counts a failure. */
  synchronized void add(long latencyNanos, boolean ok) {
    if (!ok) {
      failed++;
      return;
    }
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
  }

  synchronized void fail() {
    failed++;
  }

  synchronized Series series(String name, String what) {
    return new Series(name, what, Percentiles.of(nanos, size), failed);
  }
}
