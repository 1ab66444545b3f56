package dev.retention.segmentation.policy;

import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.segmentation.config.LifecycleRules;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.state.CustomerState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lifecycle stage as of an instant, first match wins (defaults in brackets):
 *
 * <ol>
 *   <li>LAPSED: the time since the last purchase reached {@code lapsed-after} [180 days].
 *   <li>NEW: the first purchase is less than {@code new-for} [30 days] old.
 *   <li>REACTIVATED: less than {@code reactivated-for} [90 days] since a purchase that came {@code lapsed-after} or
 *       more after the purchase before it (a purchase that ended a lapse). Then the rules below apply.
 *   <li>AT_RISK: activity fell (purchases in the activity window [90 days] are at least {@code at-risk-drop-percent}
 *       [50 %] fewer than in the window before, which had at least {@code at-risk-min-prior-purchases} [2]), or the
 *       customer is overdue by the frequency rules (see {@link FrequencyClassifier}).
 *   <li>MATURE: tenure reached {@code mature-after} [365 days] and the value window holds at least
 *       {@code mature-min-purchases} [4] purchases (steady).
 *   <li>ACTIVE otherwise.
 * </ol>
 *
 * <p>Every threshold on time is reached at an exact instant, so the stage is a step function of time, and
 * {@link #nextReviewTime} says when the next step comes if nothing happens. Customers who never purchased have no
 * stage.
 */
public final class LifecycleStagePolicy {

  private final SegmentationConfig config;
  private final LifecycleRules rules;
  private final FrequencyClassifier frequency;

  public LifecycleStagePolicy(SegmentationConfig config) {
    this.config = config;
    this.rules = config.lifecycle();
    this.frequency = new FrequencyClassifier(config);
  }

  public Optional<LifecycleStage> stage(CustomerState state, Instant now) {
    return stage(CustomerMetrics.of(state, now, config));
  }

  public Optional<LifecycleStage> stage(CustomerMetrics m) {
    if (!m.hasPurchased()) {
      return Optional.empty();
    }
    Duration since = m.sinceLastPurchase().orElseThrow();
    Duration tenure = m.tenure().orElseThrow();
    if (since.compareTo(rules.lapsedAfter()) >= 0) {
      return Optional.of(LifecycleStage.LAPSED);
    }
    if (tenure.compareTo(rules.newFor()) < 0) {
      return Optional.of(LifecycleStage.NEW);
    }
    if (m.reactivatedAt() != null
        && Duration.between(m.reactivatedAt(), m.asOf()).compareTo(rules.reactivatedFor()) < 0) {
      return Optional.of(LifecycleStage.REACTIVATED);
    }
    if (activityFell(m) || frequency.isOverdue(m)) {
      return Optional.of(LifecycleStage.AT_RISK);
    }
    if (tenure.compareTo(rules.matureAfter()) >= 0
        && m.valueWindow().purchases() >= rules.matureMinPurchases()) {
      return Optional.of(LifecycleStage.MATURE);
    }
    return Optional.of(LifecycleStage.ACTIVE);
  }

  /**
   * Whether purchases in the activity window fell by at least the configured percentage against the window before
   * (exactly: {@code recent * 100 <= prior * (100 - percent)}), with enough purchases before to call it a trend.
   */
  public boolean activityFell(CustomerMetrics m) {
    long prior = m.priorPurchases();
    return prior >= rules.atRiskMinPriorPurchases()
        && m.recentPurchases() * 100L <= prior * (100L - rules.atRiskDropPercent());
  }

  /**
   * The event time at which the stage changes if nothing happens (the customer lapses, stops being NEW, becomes
   * overdue, a purchase leaves a window, ...); empty if it never changes (LAPSED, or no purchase). The topology's
   * due-time index schedules this, so a stage change fires with no event from the customer.
   */
  public Optional<Instant> nextReviewTime(CustomerState state, Instant now) {
    return ReviewTimes.firstChange(ReviewTimes.candidates(state, now, config), now, t -> stage(state, t));
  }
}
