package dev.retention.segmentation.policy;

import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.segmentation.config.FrequencyRules;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.state.CustomerState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The frequency class, first match wins:
 *
 * <ol>
 *   <li>POTENTIAL_CHURN once the customer is overdue ({@link #overdueAt}): the time since the last purchase reached
 *       k (default 2) times their typical interval (the median of their recent gaps), or, for customers with fewer
 *       than {@code min-purchases} (default 3) purchases, reached {@code few-purchases-overdue-after} (default 90
 *       days). The threshold is never below one day.
 *   <li>HIGH_FREQUENCY with at least {@code high-purchases} (default 6) purchases in the value window.
 *   <li>LOW_FREQUENCY otherwise.
 * </ol>
 *
 * <p>Customers who never purchased have no class.
 */
public final class FrequencyClassifier {

  private static final Duration MIN_THRESHOLD = Duration.ofDays(1);

  private final SegmentationConfig config;
  private final FrequencyRules rules;

  public FrequencyClassifier(SegmentationConfig config) {
    this.config = config;
    this.rules = config.frequency();
  }

  public Optional<FrequencyClass> classify(CustomerState state, Instant now) {
    return classify(CustomerMetrics.of(state, now, config));
  }

  public Optional<FrequencyClass> classify(CustomerMetrics m) {
    if (!m.hasPurchased()) {
      return Optional.empty();
    }
    if (isOverdue(m)) {
      return Optional.of(FrequencyClass.POTENTIAL_CHURN);
    }
    return Optional.of(m.valueWindow().purchases() >= rules.highPurchases()
        ? FrequencyClass.HIGH_FREQUENCY
        : FrequencyClass.LOW_FREQUENCY);
  }

  /** Whether the customer is overdue as of the metrics' instant. */
  public boolean isOverdue(CustomerMetrics m) {
    return overdueAt(m).map(at -> !m.asOf().isBefore(at)).orElse(false);
  }

  /** The instant the customer becomes overdue if they buy nothing; empty before any purchase. */
  public Optional<Instant> overdueAt(CustomerMetrics m) {
    if (!m.hasPurchased()) {
      return Optional.empty();
    }
    Duration threshold = m.typicalInterval() == null
        ? rules.fewPurchasesOverdueAfter()
        : Duration.ofMillis(new BigDecimal(m.typicalInterval().toMillis()).multiply(rules.overdueFactor())
            .setScale(0, RoundingMode.CEILING).longValueExact());
    if (threshold.compareTo(MIN_THRESHOLD) < 0) {
      threshold = MIN_THRESHOLD;
    }
    return Optional.of(m.lastPurchase().plus(threshold));
  }

  /** The first instant after {@code now} at which the class changes if nothing happens; empty if it never does. */
  public Optional<Instant> nextChangeTime(CustomerState state, Instant now) {
    return ReviewTimes.firstChange(ReviewTimes.candidates(state, now, config), now,
        t -> classify(state, t));
  }
}
