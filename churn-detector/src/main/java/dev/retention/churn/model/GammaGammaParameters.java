package dev.retention.churn.model;

import java.util.Map;

/**
 * Parameters of the Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV"; Fader &amp; Hardie 2013,
 * "The Gamma-Gamma model of monetary value"): a transaction's value is {@code Gamma(shape p, rate nu)} with the
 * customer's {@code nu ~ Gamma(shape q, rate gamma)}.
 *
 * @param p     shape of a transaction's value, &gt; 0
 * @param q     shape of the heterogeneity in nu, &gt; 0 (population mean spend exists only for q &gt; 1)
 * @param gamma rate of the heterogeneity in nu, in money units, &gt; 0
 */
public record GammaGammaParameters(double p, double q, double gamma) {

  public GammaGammaParameters {
    Positive.require("p", p);
    Positive.require("q", q);
    Positive.require("gamma", gamma);
  }

  /** The parameters by name ("p", "q", "gamma"), e.g. for {@code ModelParameters.parameters()}. */
  public Map<String, Double> asMap() {
    return Map.of("p", p, "q", q, "gamma", gamma);
  }

  /**
   * From named parameters as written by {@link #asMap()}.
   *
   * @throws IllegalArgumentException naming a missing or invalid parameter
   */
  public static GammaGammaParameters fromMap(Map<String, ? extends Number> named) {
    return new GammaGammaParameters(Positive.named(named, "p"), Positive.named(named, "q"),
        Positive.named(named, "gamma"));
  }
}
