package dev.retention.churn.scoring;

/** A fitted model of spend per purchase occasion (Gamma-Gamma). */
public interface SpendModel {

  String version();

  /** Expected spend per future occasion of a customer with {@code x} repeat occasions of mean spend {@code mean}. */
  double expectedSpend(int x, double meanSpend);
}
