package dev.retention.churn.stream;

import java.time.Duration;
import java.time.Instant;

/**
 * A customer's purchase history as the model trainer needs it, the value of {@link CustomerPurchasesTopic}: written
 * by the topology whenever the customer's purchases change, so the compacted topic holds every customer's latest.
 *
 * @param firstAt the first purchase
 * @param lastAt the latest purchase
 * @param repeats repeat purchase occasions (BG/NBD's x)
 * @param meanRepeatSpend mean spend per repeat occasion in the reporting currency (0 without repeats)
 */
public record CustomerPurchases(String customerId, Instant firstAt, Instant lastAt, int repeats,
    double meanRepeatSpend) {

  private static final double WEEK_SECONDS = 7 * 86_400d;

  public double txWeeks() {
    return repeats == 0 ? 0 : Duration.between(firstAt, lastAt).toSeconds() / WEEK_SECONDS;
  }

  /** T as of {@code asOf}: weeks since the first purchase, at least t_x. */
  public double ageWeeks(Instant asOf) {
    return Math.max(txWeeks(), Duration.between(firstAt, asOf).toSeconds() / WEEK_SECONDS);
  }
}
