package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.CustomerState;
import dev.retention.churn.state.Purchases;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * No purchase for longer than k times the customer's own typical interval: the segmentation's typical interval when
 * it sent one, else the median of the customer's recent gaps once they have enough purchase occasions. Holds from
 * the due instant (last purchase + k x interval), where the topology's timer fires it. Graded: half its points
 * at the due instant, full when the gap is twice as long (see {@link Grade}).
 */
public final class PurchaseOverdueSignal implements Signal {

  private final ChurnConfig.Overdue rules;
  private final int points;
  private final boolean graded;

  public PurchaseOverdueSignal(ChurnConfig config) {
    this.rules = config.overdue();
    this.points = config.scoring().points(kind());
    this.graded = config.scoring().graded();
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.PURCHASE_OVERDUE;
  }

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    Optional<Double> interval = typicalIntervalDays(in.state());
    if (interval.isEmpty()) {
      return Optional.empty();
    }
    Purchases p = in.state().purchases();
    Instant due = due(p, interval.get());
    if (in.now().isBefore(due)) {
      return Optional.empty();
    }
    double days = Duration.between(p.lastAt(), in.now()).toSeconds() / 86_400d;
    double threshold = rules.factor() * interval.get();
    int earned = graded ? Grade.ramp(points, due, Duration.between(p.lastAt(), due), in.now()) : points;
    return Optional.of(new RiskReason(kind(), earned,
        String.format("No purchase for %.0f days, %.1fx the usual %.0f days", days, days / interval.get(),
            interval.get()),
        due, List.of(p.lastEventId()), List.of(
            Measure.of("daysSinceLastPurchase", days, threshold, "days"),
            Measure.context("typicalIntervalDays", interval.get(), "days"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    Optional<Double> interval = typicalIntervalDays(in.state());
    if (interval.isEmpty()) {
      return Optional.empty();
    }
    Purchases p = in.state().purchases();
    Instant due = due(p, interval.get());
    if (due.isAfter(in.now())) {
      return Optional.of(due);
    }
    return graded ? Grade.nextRampStep(due, Duration.between(p.lastAt(), due), in.now()) : Optional.empty();
  }

  /** The typical interval between purchase occasions, in days, when it can be told. */
  Optional<Double> typicalIntervalDays(CustomerState state) {
    Purchases p = state.purchases();
    if (!p.any() || p.occasions() < 2) {
      return Optional.empty();
    }
    if (state.typicalIntervalDays() != null && state.typicalIntervalDays() > 0) {
      return Optional.of(state.typicalIntervalDays().doubleValue());
    }
    if (p.occasions() < rules.minPurchases() || p.recentGapsDays().isEmpty()) {
      return Optional.empty();
    }
    List<Double> sorted = new ArrayList<>(p.recentGapsDays());
    sorted.sort(null);
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return median > 0 ? Optional.of(median) : Optional.empty();
  }

  private Instant due(Purchases p, double intervalDays) {
    return p.lastAt().plusMillis(Math.round(rules.factor() * intervalDays * 86_400_000d));
  }
}
