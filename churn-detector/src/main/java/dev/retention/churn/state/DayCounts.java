package dev.retention.churn.state;

/**
 * What happened on one UTC day: interaction events of any kind, purchases, and refunds or returns.
 *
 * @param day days since 1970-01-01 (UTC)
 */
public record DayCounts(long day, int interactions, int purchases, int refunds) {

  DayCounts plus(int moreInteractions, int morePurchases, int moreRefunds) {
    return new DayCounts(day, interactions + moreInteractions, purchases + morePurchases, refunds + moreRefunds);
  }
}
