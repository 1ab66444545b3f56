package dev.retention.churn.quality;

import java.time.Instant;

/**
 * A product's complaint and refund rate, or the service's late first-response rate, spiked against its baseline
 * ({@code RAISED}) or is back below it ({@code CLEARED}); for the teams that own products and service. The value of
 * {@link QualityTopics#PRODUCT_QUALITY} (keyed by product id) and {@link QualityTopics#SERVICE_QUALITY} (keyed
 * {@value QualityEvent#SERVICE}).
 *
 * @param eventId unique per record and stable across replays: {@code <subject>/q<n>/raised|cleared}
 * @param subject the product id, or {@value QualityEvent#SERVICE}
 * @param problems problems in the recent window (complaints + refunds, or late responses)
 * @param base the rate's base in the recent window (sales, or responses)
 * @param rate problems per base in the recent window
 * @param baselineRate the same in the baseline window
 */
public record QualityWarning(String eventId, String subject, State state, Instant at, int problems, int base,
    double rate, double baselineRate, String definitionsVersion) {

  public enum State { RAISED, CLEARED }
}
