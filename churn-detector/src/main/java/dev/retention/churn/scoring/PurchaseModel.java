package dev.retention.churn.scoring;

/**
 * A fitted model of purchase occasions per customer (BG/NBD), in weeks: {@code x} repeat occasions, the last at
 * {@code tx} weeks after the first, observed for {@code T} weeks since the first.
 */
public interface PurchaseModel {

  /** The fit's version, as published in {@code ModelParameters.version}. */
  String version();

  /** Probability that the customer is still active. */
  double pAlive(int x, double tx, double T);

  /** Expected purchase occasions in the next {@code t} weeks. */
  double expectedPurchases(int x, double tx, double T, double t);
}
