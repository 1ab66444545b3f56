package dev.retention.segmentation.policy;

import dev.retention.segmentation.config.LifecycleRules;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.config.Windows;
import dev.retention.segmentation.state.CustomerState;
import dev.retention.segmentation.state.EventDays;
import dev.retention.segmentation.state.PurchaseSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * When a customer's definitions can change with no new event. Every definition is a function of
 * {@link CustomerMetrics}, and those change, for a customer without events, only at these instants: the lifecycle and
 * overdue thresholds, and the starts of the days on which a day with activity leaves a window. So the first of them at
 * which a definition gives another answer is exactly when it changes.
 */
final class ReviewTimes {

  private ReviewTimes() {}

  /** Every instant after {@code now} at which some metric of {@code state} may change, ascending. */
  static SortedSet<Instant> candidates(CustomerState state, Instant now, SegmentationConfig config) {
    SortedSet<Instant> times = new TreeSet<>();
    PurchaseSummary p = state.purchases();
    if (p.count() > 0) {
      LifecycleRules rules = config.lifecycle();
      times.add(p.last().plus(rules.lapsedAfter()));
      times.add(p.first().plus(rules.newFor()));
      times.add(p.first().plus(rules.matureAfter()));
      if (p.reactivatedAt() != null) {
        times.add(p.reactivatedAt().plus(rules.reactivatedFor()));
      }
      new FrequencyClassifier(config).overdueAt(CustomerMetrics.of(state, now, config)).ifPresent(times::add);
    }
    Windows w = config.windows();
    List<Integer> lengths = List.of(w.activityDays(), 2 * w.activityDays(), w.valueDays());
    for (int day : state.history().windowExitDays(EventDays.dayOf(now), lengths)) {
      times.add(EventDays.startOf(day));
    }
    return times.tailSet(now.plusMillis(1));
  }

  /** The first candidate at which {@code evaluate} answers differently than at {@code now}. */
  static <T> Optional<Instant> firstChange(SortedSet<Instant> candidates, Instant now, Function<Instant, T> evaluate) {
    T current = evaluate.apply(now);
    for (Instant t : candidates) {
      if (!Objects.equals(evaluate.apply(t), current)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
