package dev.retention.churn.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Points by strength, in steps of a tenth so that every change of points has an instant a timer can fire at: a
 * ramp from half the points when a signal starts to full points one span later.
 */
final class Grade {

  private static final int STEPS = 10;

  private Grade() {}

  /** {@code points} at {@code strength} (0-1), at least 1. */
  static int scaled(int points, double strength) {
    return Math.max(1, (int) Math.round(points * strength));
  }

  /** The ramp's points at {@code now}: half at {@code start}, a twentieth more each tenth of {@code span}. */
  static int ramp(int points, Instant start, Duration span, Instant now) {
    return scaled(points, 0.5 + 0.5 * tenths(start, span, now) / STEPS);
  }

  /** The next instant after {@code now} at which the ramp's points rise; empty once they are full. */
  static Optional<Instant> nextRampStep(Instant start, Duration span, Instant now) {
    int done = tenths(start, span, now);
    if (done >= STEPS) {
      return Optional.empty();
    }
    long spanMs = Math.max(1, span.toMillis());
    return Optional.of(start.plusMillis(((done + 1) * spanMs + STEPS - 1) / STEPS));
  }

  private static int tenths(Instant start, Duration span, Instant now) {
    long elapsed = Duration.between(start, now).toMillis();
    if (elapsed <= 0) {
      return 0;
    }
    long spanMs = Math.max(1, span.toMillis());
    return (int) Math.min(STEPS, elapsed * STEPS / spanMs);
  }
}
