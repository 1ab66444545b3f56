package dev.retention.segmentation.policy;

import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.config.Windows;
import dev.retention.segmentation.rfm.RfmValues;
import dev.retention.segmentation.state.CustomerState;
import dev.retention.segmentation.state.EventDays;
import dev.retention.segmentation.state.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the definitions look at, for one customer as of one instant: lifetime purchase facts and exact windowed sums.
 * Every definition is a function of these, so a definition is evaluated at any instant by computing them for it.
 *
 * @param asOf the instant of evaluation
 * @param purchases purchase occasions ever
 * @param firstPurchase null if none
 * @param lastPurchase null if none
 * @param valueWindow everything in the value window (the last 364 days by default, today included)
 * @param recentPurchases purchases in the activity window (the last 90 days, today included)
 * @param priorPurchases purchases in the activity window before that (the 90 days before)
 * @param typicalInterval median of the recent gaps between purchases; null with too few purchases
 * @param reactivatedAt the latest purchase that ended a lapse; null if none
 */
public record CustomerMetrics(
    Instant asOf,
    int purchases,
    Instant firstPurchase,
    Instant lastPurchase,
    Tally valueWindow,
    int recentPurchases,
    int priorPurchases,
    Duration typicalInterval,
    Instant reactivatedAt) {

  public CustomerMetrics {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(valueWindow, "valueWindow");
  }

  /**
   * The metrics of {@code state} as of {@code now}. {@code now} should not be before the newest event applied
   * (stream time never is); a day or so before is still answered exactly, further back may not be.
   */
  public static CustomerMetrics of(CustomerState state, Instant now, SegmentationConfig config) {
    Windows w = config.windows();
    int scale = config.currency().scale();
    int today = EventDays.dayOf(now);
    var history = state.history();
    Tally value = history.lastDays(w.valueDays(), today, scale);
    int recent = history.lastDays(w.activityDays(), today, scale).purchases();
    int prior = history.lastDays(w.activityDays(), today - w.activityDays(), scale).purchases();
    var p = state.purchases();
    return new CustomerMetrics(now, p.count(), p.first(), p.last(), value, recent, prior,
        p.typicalInterval(config.frequency().minPurchases()).orElse(null), p.reactivatedAt());
  }

  public boolean hasPurchased() {
    return purchases > 0;
  }

  /** Time since the last purchase, never negative; empty before any purchase. */
  public Optional<Duration> sinceLastPurchase() {
    return Optional.ofNullable(lastPurchase).map(last -> positive(Duration.between(last, asOf)));
  }

  /** Time since the first purchase, never negative; empty before any purchase. */
  public Optional<Duration> tenure() {
    return Optional.ofNullable(firstPurchase).map(first -> positive(Duration.between(first, asOf)));
  }

  /**
   * Raw recency (whole days since the last purchase), frequency (purchases in the value window) and monetary value
   * (net spend in the value window); empty before any purchase.
   */
  public Optional<RfmValues> rfm() {
    return sinceLastPurchase().map(since -> new RfmValues(since.toDays(), valueWindow.purchases(),
        valueWindow.netSpend()));
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
