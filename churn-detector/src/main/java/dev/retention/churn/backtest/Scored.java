package dev.retention.churn.backtest;

/**
 * A customer's score from some method and what really happened.
 *
 * @param score  higher means "more likely to churn" (a baseline whose natural value points the other way, such
 *               as expected purchases, is negated by the caller)
 * @param actual true if the customer did churn
 */
public record Scored(double score, boolean actual) {

  public Scored {
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score must not be NaN");
    }
  }
}
