package dev.retention.churn.quality;

import java.time.Instant;

/**
 * One observation for a quality rate, keyed by what it is about (a product id, or {@value #SERVICE}).
 *
 * @param kind what happened
 * @param at event time
 * @param eventId the interaction event it comes from
 */
public record QualityEvent(Kind kind, Instant at, String eventId) {

  /** The key of the service-quality observations. */
  public static final String SERVICE = "service";

  /** Product: a sale (the rate's base), a complaint or a refund (problems). Service: a first response in or out of SLA. */
  public enum Kind { SOLD, COMPLAINED, REFUNDED, RESPONDED_IN_SLA, RESPONDED_LATE;

    boolean problem() {
      return this == COMPLAINED || this == REFUNDED || this == RESPONDED_LATE;
    }
  }
}
