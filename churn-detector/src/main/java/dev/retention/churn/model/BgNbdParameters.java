package dev.retention.churn.model;

import java.util.Map;

/**
 * The four population parameters of the BG/NBD model (Fader, Hardie &amp; Lee 2005).
 *
 * <p>While alive, a customer buys as a Poisson process with rate {@code lambda ~ Gamma(shape r, rate alpha)};
 * after each purchase the customer drops out with probability {@code p ~ Beta(a, b)}. {@code alpha} is in the
 * time unit of the {@link PurchaseHistory} the parameters were fitted on (weeks for CDNOW).
 *
 * @param r     shape of the purchase-rate heterogeneity, &gt; 0
 * @param alpha scale (rate) of the purchase-rate heterogeneity, in time units, &gt; 0
 * @param a     first shape of the dropout-probability heterogeneity, &gt; 0
 * @param b     second shape of the dropout-probability heterogeneity, &gt; 0
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

  public BgNbdParameters {
    Positive.require("r", r);
    Positive.require("alpha", alpha);
    Positive.require("a", a);
    Positive.require("b", b);
  }

  /** The parameters by name ("r", "alpha", "a", "b"), e.g. for {@code ModelParameters.parameters()}. */
  public Map<String, Double> asMap() {
    return Map.of("r", r, "alpha", alpha, "a", a, "b", b);
  }

  /**
   * From named parameters as written by {@link #asMap()}.
   *
   * @throws IllegalArgumentException naming a missing or invalid parameter
   */
  public static BgNbdParameters fromMap(Map<String, ? extends Number> named) {
    return new BgNbdParameters(Positive.named(named, "r"), Positive.named(named, "alpha"),
        Positive.named(named, "a"), Positive.named(named, "b"));
  }
}
