package dev.retention.churn.signal;

import java.time.Instant;

/**
 * What the purchase model says about a customer at the instant of evaluation.
 *
 * @param modelVersion the fitted model's version
 * @param pAlive probability the customer is still active
 * @param lowPAliveFrom the instant from which P(alive) is below the threshold if the customer does not buy again;
 *     null when it never falls below it (or the customer has no repeat purchase, for whom BG/NBD says 1)
 * @param nextTenthAt the next instant after the evaluation at which {@link #tenthsBelowOne} of P(alive) rises (it
 *     only falls while the customer does not buy); null when none
 */
public record ModelScores(String modelVersion, double pAlive, Instant lowPAliveFrom, Instant nextTenthAt) {

  /** Whole tenths in 1 - P(alive): 0 for P(alive) above 0.9, 9 below 0.1. */
  public static int tenthsBelowOne(double pAlive) {
    return (int) Math.min(10, Math.floor(10 * (1 - pAlive) + 1e-9));
  }
}
