package dev.retention.ingestion.validation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The limits an event must keep beyond its schema.
 *
 * @param maxEventBytes largest accepted event, in bytes of JSON
 * @param maxFutureSkew how far an event's time may lie ahead of the reference time (the moment the input was
 *     received), to tolerate clock skew between sources; anything later is a wrong clock, not a future purchase
 * @param earliestTime events before this are refused (the default, the epoch, catches zeroed timestamps)
 */
public record ValidationRules(int maxEventBytes, Duration maxFutureSkew, Instant earliestTime) {

  public static final ValidationRules DEFAULTS =
      new ValidationRules(64 * 1024, Duration.ofMinutes(5), Instant.EPOCH);

  public ValidationRules {
    if (maxEventBytes < 256) {
      throw new IllegalArgumentException("maxEventBytes must be at least 256, was " + maxEventBytes);
    }
    Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
    if (maxFutureSkew.isNegative()) {
      throw new IllegalArgumentException("maxFutureSkew must not be negative, was " + maxFutureSkew);
    }
    Objects.requireNonNull(earliestTime, "earliestTime");
  }
}
