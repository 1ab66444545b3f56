package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.config.ChurnConfig.ActivityMeasure;
import dev.retention.churn.state.DayCounts;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Activity in the recent window (whole UTC days up to today) fell by at least the configured percentage against the
 * window of the same length before. Holds from the start of the day of evaluation; changes at midnights, when a day
 * with activity moves from one window to the next. Graded: its points times the drop.
 */
public final class ActivityDropSignal implements Signal {

  private final ChurnConfig.Activity rules;
  private final int points;
  private final boolean graded;
  private final ToIntFunction<DayCounts> measure;

  public ActivityDropSignal(ChurnConfig config) {
    this.rules = config.activity();
    this.points = config.scoring().points(kind());
    this.graded = config.scoring().graded();
    this.measure = rules.measure() == ActivityMeasure.PURCHASES ? DayCounts::purchases : DayCounts::interactions;
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.ACTIVITY_DROP;
  }

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    long today = DayWindows.day(in.now());
    int w = rules.windowDays();
    int recent = DayWindows.count(in.state().days(), today - w + 1, today, measure);
    int previous = DayWindows.count(in.state().days(), today - 2L * w + 1, today - w, measure);
    if (previous < rules.minPrior() || recent * 100L > previous * (100L - rules.dropPercent())) {
      return Optional.empty();
    }
    double dropPercent = 100.0 * (previous - recent) / previous;
    String what = rules.measure() == ActivityMeasure.PURCHASES ? "Purchases" : "Interactions";
    int earned = graded ? Grade.scaled(points, dropPercent / 100) : points;
    return Optional.of(new RiskReason(kind(), earned,
        String.format("%s fell %.0f%%: %d in the last %d days against %d in the %d days before", what, dropPercent,
            recent, w, previous, w),
        DayWindows.startOfDay(today), List.of(), List.of(
            Measure.context("countLastWindow", recent, "events"),
            Measure.context("countPreviousWindow", previous, "events"),
            Measure.of("dropPercent", dropPercent, rules.dropPercent(), "percent"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    int w = rules.windowDays();
    return DayWindows.nextBoundary(in.state().days(), in.now(), measure, w, 2 * w);
  }
}
