package dev.retention.segmentation.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The lifecycle stage thresholds; see {@code LifecycleStagePolicy} for how they combine.
 *
 * @param newFor a customer is NEW while their first purchase is less than this old
 * @param lapsedAfter a customer is LAPSED once this long has passed since their last purchase; a purchase this long or
 *     longer after the one before it is a reactivation
 * @param reactivatedFor a customer stays REACTIVATED this long after the reactivating purchase
 * @param matureAfter tenure (time since the first purchase) from which a steady customer is MATURE
 * @param matureMinPurchases purchases in the value window a MATURE customer has at least ("steady")
 * @param atRiskDropPercent AT_RISK when purchases in the activity window fell by at least this many percent against
 *     the window before
 * @param atRiskMinPriorPurchases ... provided the window before had at least this many purchases
 */
public record LifecycleRules(
    Duration newFor, Duration lapsedAfter, Duration reactivatedFor, Duration matureAfter, int matureMinPurchases,
    int atRiskDropPercent, int atRiskMinPriorPurchases) {

  public LifecycleRules {
    positive(newFor, "newFor");
    positive(lapsedAfter, "lapsedAfter");
    positive(reactivatedFor, "reactivatedFor");
    positive(matureAfter, "matureAfter");
    if (lapsedAfter.compareTo(newFor) <= 0) {
      throw new IllegalArgumentException("lapsedAfter (" + lapsedAfter + ") must be longer than newFor (" + newFor
          + ")");
    }
    if (matureAfter.compareTo(newFor) <= 0) {
      throw new IllegalArgumentException("matureAfter (" + matureAfter + ") must be longer than newFor (" + newFor
          + ")");
    }
    if (matureMinPurchases < 1) {
      throw new IllegalArgumentException("matureMinPurchases must be at least 1, was " + matureMinPurchases);
    }
    if (atRiskDropPercent < 1 || atRiskDropPercent > 100) {
      throw new IllegalArgumentException("atRiskDropPercent must be 1 to 100, was " + atRiskDropPercent);
    }
    if (atRiskMinPriorPurchases < 1) {
      throw new IllegalArgumentException("atRiskMinPriorPurchases must be at least 1, was "
          + atRiskMinPriorPurchases);
    }
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }
}
