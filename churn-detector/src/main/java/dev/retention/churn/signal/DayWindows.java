package dev.retention.churn.signal;

import dev.retention.churn.state.DayCounts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Counting over windows of whole UTC days that end with the day of evaluation, and the instants at which such counts
 * change with no event (a day with events leaving a window at midnight).
 */
final class DayWindows {

  private static final long DAY_SECONDS = 86_400L;

  private DayWindows() {}

  static long day(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), DAY_SECONDS);
  }

  static Instant startOfDay(long day) {
    return Instant.ofEpochSecond(day * DAY_SECONDS);
  }

  /** Sum of {@code measure} over days {@code from..to}, both inclusive. */
  static int count(List<DayCounts> days, long from, long to, ToIntFunction<DayCounts> measure) {
    int sum = 0;
    for (DayCounts d : days) {
      if (d.day() >= from && d.day() <= to) {
        sum += measure.applyAsInt(d);
      }
    }
    return sum;
  }

  /**
   * The first midnight after {@code now} at which a day with a non-zero {@code measure} moves {@code offsets[i]} days
   * on, i.e. leaves a window whose length is such an offset.
   */
  static Optional<Instant> nextBoundary(List<DayCounts> days, Instant now, ToIntFunction<DayCounts> measure,
      int... offsets) {
    long today = day(now);
    long best = Long.MAX_VALUE;
    for (DayCounts d : days) {
      if (measure.applyAsInt(d) == 0) {
        continue;
      }
      for (int offset : offsets) {
        long boundary = d.day() + offset;
        if (boundary > today && boundary < best) {
          best = boundary;
        }
      }
    }
    return best == Long.MAX_VALUE ? Optional.empty() : Optional.of(startOfDay(best));
  }
}
