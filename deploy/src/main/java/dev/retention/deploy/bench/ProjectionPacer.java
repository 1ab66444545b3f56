package dev.retention.deploy.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * The schedule of a fixed-rate load: event {@code i} is due {@code i / rate} seconds after the start, and every
 * {@link #probeStride()}-th event is a probe whose visibility is measured. A sender that fell behind sends everything
 * already due at once rather than stretching the run, so the offered rate stays the one asked for.
 *
 * @param rate events per second
 * @param total events in the run
 * @param probesPerSecond how many of each second's events are probes (at most all of them)
 */
public record ProjectionPacer(int rate, long total, int probesPerSecond) {

  public ProjectionPacer {
    if (rate < 1 || total < 0 || probesPerSecond < 1) {
      throw new IllegalArgumentException("rate and probes per second must be at least 1, total not negative");
    }
  }

  /** Nanoseconds after the start at which event {@code index} is due: the first nanosecond {@link #dueBy} counts it. */
  public long dueAt(long index) {
    return (index / rate) * 1_000_000_000L + ((index % rate) * 1_000_000_000L + rate - 1) / rate;
  }

  /** How many events are due {@code elapsedNanos} after the start (the one due exactly then included). */
  public long dueBy(long elapsedNanos) {
    if (elapsedNanos < 0) {
      return 0;
    }
    long due = elapsedNanos / 1_000_000_000L * rate + (elapsedNanos % 1_000_000_000L) * rate / 1_000_000_000L + 1;
    return Math.min(total, due);
  }

  /** Every how many events one is a probe. */
  public int probeStride() {
    return Math.max(1, rate / probesPerSecond);
  }

  public boolean isProbe(long index) {
    return index % probeStride() == 0;
  }

  /** How many probes the run has. */
  public long probes() {
    return total == 0 ? 0 : (total - 1) / probeStride() + 1;
  }

  /**
   * Calls {@code send} with every index from 0 to {@code total - 1}, each once it is due, on this thread; returns the
   * seconds from the start to the last call.
   */
  public double drive(LongConsumer send) {
    long start = System.nanoTime();
    long sent = 0;
    while (sent < total) {
      long due = dueBy(System.nanoTime() - start);
      for (; sent < due; sent++) {
        send.accept(sent);
      }
      if (sent < total) {
        // a rate limiter's wait for the next due time, not a wait for a condition
        LockSupport.parkNanos(start + dueAt(sent) - System.nanoTime());
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
