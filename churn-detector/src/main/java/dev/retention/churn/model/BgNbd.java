package dev.retention.churn.model;

import static org.hipparchus.special.Beta.logBeta;
import static org.hipparchus.special.Gamma.logGamma;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting your customers the easy way": likelihood,
 * maximum-likelihood fit, P(alive) and expected purchases. Pure functions; times are in the unit of the
 * {@link PurchaseHistory} values (weeks for CDNOW), and so is {@code alpha}.
 */
public final class BgNbd {

  /** Start of the search; the CDNOW optimum is far from it, so it is no hint. */
  private static final double[] START = {1, 1, 1, 1};

  // a == 1 is a removable singularity of eqs. 7 and 10 (0/0): evaluate both sides of it and take the mean.
  private static final double A_NUDGE = 1e-6;
  private static final double A_SINGULAR = A_NUDGE / 10;

  private static final PurchaseHistory NEW_CUSTOMER = new PurchaseHistory(0, 0, 0);

  private BgNbd() {
  }

  /**
   * Log-likelihood of one customer's history (paper eq. 6), computed in log space: lgamma / log-beta for the
   * constants and log-sum-exp for the "still alive at T" and "dropped out after tx" terms, so it stays finite
   * for large x and T.
   */
  public static double logLikelihood(BgNbdParameters p, PurchaseHistory h) {
    double rx = p.r() + h.x();
    double common = logGamma(rx) - logGamma(p.r()) + p.r() * Math.log(p.alpha()) - logBeta(p.a(), p.b());
    double aliveAtT = logBeta(p.a(), p.b() + h.x()) - rx * Math.log(p.alpha() + h.T());
    if (h.x() == 0) {
      return common + aliveAtT;
    }
    double droppedAfterTx = logBeta(p.a() + 1, p.b() + h.x() - 1) - rx * Math.log(p.alpha() + h.tx());
    return common + logSumExp(aliveAtT, droppedAfterTx);
  }

  /**
   * Population log-likelihood with counts: each distinct history weighs as many customers as it has. Grouping
   * identical histories makes a fit over many customers cheap (CDNOW: 2,357 customers, far fewer histories).
   */
  public static double logLikelihood(BgNbdParameters p, Map<PurchaseHistory, ? extends Number> counts) {
    double sum = 0;
    for (Map.Entry<PurchaseHistory, ? extends Number> e : counts.entrySet()) {
      sum += e.getValue().doubleValue() * logLikelihood(p, e.getKey());
    }
    return sum;
  }

  /** Population log-likelihood: the sum over the customers. */
  public static double logLikelihood(BgNbdParameters p, List<PurchaseHistory> histories) {
    return logLikelihood(p, group(histories));
  }

  /** Maximum-likelihood estimates over the given customers (one history per customer). */
  public static FitResult fit(List<PurchaseHistory> histories) {
    return fit(group(histories));
  }

  /**
   * Maximum-likelihood estimates over grouped histories (history -&gt; number of customers with it), searched
   * with Hipparchus' BOBYQA over log-parameters so they stay positive.
   *
   * @throws IllegalArgumentException if there are no customers
   * @throws org.hipparchus.exception.MathIllegalStateException if the optimizer needs more than 20,000
   *         evaluations (the data do not pin the parameters down)
   */
  public static FitResult fit(Map<PurchaseHistory, ? extends Number> counts) {
    double customers = counts.values().stream().mapToDouble(Number::doubleValue).sum();
    if (!(customers > 0)) {
      throw new IllegalArgumentException("cannot fit BG/NBD on no customers");
    }
    LogSpaceMaximizer.Maximum max = LogSpaceMaximizer.maximize(v -> logLikelihood(of(v), counts), START);
    return new FitResult(of(max.point()), max.value(), (int) Math.round(customers), max.evaluations());
  }

  /**
   * Probability that a customer with this history is still alive at T (Fader, Hardie &amp; Lee 2005, eq. 9;
   * Fader &amp; Hardie's note "Computing P(alive) using the BG/NBD model"). Exactly 1 when x == 0: the model
   * only lets a customer drop out right after a purchase, its known weakness for one-time buyers.
   */
  public static double pAlive(BgNbdParameters p, PurchaseHistory h) {
    if (h.x() == 0) {
      return 1.0;
    }
    double logOdds = Math.log(p.a()) - Math.log(p.b() + h.x() - 1)
        + (p.r() + h.x()) * (Math.log(p.alpha() + h.T()) - Math.log(p.alpha() + h.tx()));
    return 1.0 / (1.0 + Math.exp(logOdds));
  }

  /**
   * Expected number of purchases in (T, T + t] for a customer with this history (paper eq. 10).
   *
   * <p>Eq. 10 multiplies {@code ((alpha + T) / (alpha + T + t))^(r + x)} by
   * {@code 2F1(r + x, b + x; a + b + x - 1; z)}, z = t / (alpha + T + t): for frequent buyers the first
   * underflows and the second overflows. Euler's transformation 2F1(A, B; C; z) = (1 - z)^(C - A - B)
   * 2F1(C - A, C - B; C; z) turns the product into {@code (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1;
   * a + b + x - 1; z)}, whose series has small parameters and converges fast for any x.
   *
   * @param t length of the forecast period, &gt;= 0, in the history's time unit
   */
  public static double expectedPurchases(BgNbdParameters p, PurchaseHistory h, double t) {
    requireHorizon(t);
    if (nearOne(p.a())) {
      return (expectedPurchases(withA(p, 1 - A_NUDGE), h, t) + expectedPurchases(withA(p, 1 + A_NUDGE), h, t)) / 2;
    }
    double horizon = p.alpha() + h.T() + t;
    double c = p.a() + p.b() + h.x() - 1;
    double hyp = Hypergeometric2F1.value(p.a() + p.b() - 1 - p.r(), p.a() - 1, c, t / horizon);
    double ifAlive = c / (p.a() - 1) * (1 - Math.exp((p.a() - 1) * Math.log((p.alpha() + h.T()) / horizon)) * hyp);
    // eq. 10's denominator 1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + tx))^(r + x) is 1 / P(alive)
    return ifAlive * pAlive(p, h);
  }

  /**
   * Expected number of repeat purchases in (0, t] for a customer who has just made a first purchase
   * (paper eq. 7, which is eq. 10 at x = 0, T = 0).
   */
  public static double expectedPurchasesNewCustomer(BgNbdParameters p, double t) {
    return expectedPurchases(p, NEW_CUSTOMER, t);
  }

  private static boolean nearOne(double a) {
    return Math.abs(a - 1) < A_SINGULAR;
  }

  private static BgNbdParameters withA(BgNbdParameters p, double a) {
    return new BgNbdParameters(p.r(), p.alpha(), a, p.b());
  }

  private static void requireHorizon(double t) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("forecast period t must be finite and >= 0, was " + t);
    }
  }

  private static BgNbdParameters of(double[] v) {
    return new BgNbdParameters(v[0], v[1], v[2], v[3]);
  }

  private static Map<PurchaseHistory, Long> group(List<PurchaseHistory> histories) {
    return histories.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static double logSumExp(double u, double v) {
    double max = Math.max(u, v);
    return max + Math.log(Math.exp(u - max) + Math.exp(v - max));
  }
}
