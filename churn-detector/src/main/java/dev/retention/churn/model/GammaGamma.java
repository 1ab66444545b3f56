package dev.retention.churn.model;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.List;

/**
 * The Gamma-Gamma spend model: likelihood of customers' mean spend, maximum-likelihood fit and the expected spend
 * per future transaction. Assumes spend is independent of purchase frequency, as the model does.
 */
public final class GammaGamma {

  private static final double[] START = {1, 1, 1};

  private GammaGamma() {
  }

  /**
   * Log density of a repeat buyer's mean spend given x transactions (Fader &amp; Hardie 2013, eq. 5): the sum of x
   * values is Gamma(px, nu), mixed over nu ~ Gamma(q, gamma).
   */
  public static double logLikelihood(GammaGammaParameters g, SpendHistory s) {
    double px = g.p() * s.x();
    double total = s.meanSpend() * s.x();
    return logGamma(px + g.q()) - logGamma(px) - logGamma(g.q()) + g.q() * Math.log(g.gamma())
        + (px - 1) * Math.log(total) + Math.log(s.x()) - (px + g.q()) * Math.log(g.gamma() + total);
  }

  /** Sum of the individual log-likelihoods. */
  public static double logLikelihood(GammaGammaParameters g, List<SpendHistory> spends) {
    double sum = 0;
    for (SpendHistory s : spends) {
      sum += logLikelihood(g, s);
    }
    return sum;
  }

  /**
   * Maximum-likelihood estimates over repeat buyers (Hipparchus BOBYQA over log-parameters).
   *
   * @throws IllegalArgumentException if the list is empty
   * @throws org.hipparchus.exception.MathIllegalStateException if the optimizer needs more than 20,000
   *         evaluations (the data do not pin the parameters down)
   */
  public static GammaGammaFitResult fit(List<SpendHistory> spends) {
    if (spends.isEmpty()) {
      throw new IllegalArgumentException("cannot fit Gamma-Gamma on no repeat buyers");
    }
    LogSpaceMaximizer.Maximum max = LogSpaceMaximizer.maximize(v -> logLikelihood(of(v), spends), START);
    return new GammaGammaFitResult(of(max.point()), max.value(), spends.size(), max.evaluations());
  }

  /**
   * Expected value of a future transaction of a customer with x transactions of mean {@code meanSpend}: a
   * weighted mean of the population mean {@code p gamma / (q - 1)} and the customer's own mean, the customer
   * weighing more the more transactions there are. With x == 0 it is the population mean.
   *
   * @throws IllegalArgumentException if x &lt; 0, or if x == 0 and q &lt;= 1 (no population mean)
   */
  public static double expectedSpend(GammaGammaParameters g, int x, double meanSpend) {
    if (x < 0) {
      throw new IllegalArgumentException("x must be >= 0, was " + x);
    }
    if (x == 0) {
      return populationMeanSpend(g);
    }
    return g.p() * (g.gamma() + x * meanSpend) / (g.p() * x + g.q() - 1);
  }

  /**
   * Mean spend per transaction over the population, {@code p gamma / (q - 1)}.
   *
   * @throws IllegalArgumentException if q &lt;= 1 (the mean is infinite)
   */
  public static double populationMeanSpend(GammaGammaParameters g) {
    if (g.q() <= 1) {
      throw new IllegalArgumentException("population mean spend is infinite for q <= 1, q=" + g.q());
    }
    return g.p() * g.gamma() / (g.q() - 1);
  }

  private static GammaGammaParameters of(double[] v) {
    return new GammaGammaParameters(v[0], v[1], v[2]);
  }
}
