package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.DayCounts;
import dev.retention.churn.state.Evidence;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Refunds and returns in the recent window at or above a minimum and well above the customer's own normal: at least
 * the factor times their average per window over the {@value #BASELINE_WINDOWS} windows before.
 */
public final class RefundSpikeSignal implements Signal {

  static final int BASELINE_WINDOWS = 5;

  private final ChurnConfig.Refunds rules;
  private final int points;

  public RefundSpikeSignal(ChurnConfig config) {
    this.rules = config.refunds();
    this.points = config.scoring().points(kind());
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.REFUND_SPIKE;
  }

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    long today = DayWindows.day(in.now());
    int w = rules.windowDays();
    List<DayCounts> days = in.state().days();
    int recent = DayWindows.count(days, today - w + 1, today, DayCounts::refunds);
    int before = DayWindows.count(days, today - (BASELINE_WINDOWS + 1L) * w + 1, today - w, DayCounts::refunds);
    double baseline = before / (double) BASELINE_WINDOWS;
    if (recent < rules.minCount() || recent < rules.factor() * baseline) {
      return Optional.empty();
    }
    Instant from = DayWindows.startOfDay(today - w + 1);
    List<Evidence> evidence = in.state().refunds().stream()
        .filter(e -> !e.at().isBefore(from) && !e.at().isAfter(in.now())).toList();
    Instant since = evidence.size() >= rules.minCount() ? evidence.get(rules.minCount() - 1).at() : from;
    return Optional.of(new RiskReason(kind(), points,
        String.format("%d refunds or returns in the last %d days; normally %.1f", recent, w, baseline), since,
        evidence.stream().map(Evidence::eventId).toList(), List.of(
            Measure.of("refundsInWindow", recent, Math.max(rules.minCount(), rules.factor() * baseline), "refunds"),
            Measure.context("baselinePerWindow", baseline, "refunds"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    int w = rules.windowDays();
    return DayWindows.nextBoundary(in.state().days(), in.now(), DayCounts::refunds, w, (BASELINE_WINDOWS + 1) * w);
  }
}
