package dev.retention.segmentation.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A customer's rolling activity history in event time: sparse buckets (only days or weeks with activity are stored),
 * daily for the newest {@link HistoryLayout#dailyWeeks()} weeks and weekly for the rest of
 * {@link HistoryLayout#weeks()}. It rolls forward as event time advances ({@link #advanceTo}): days that leave the
 * daily zone are merged into their week, weeks that leave the horizon are dropped.
 *
 * <p>Sums over a range of days are exact whenever no weekly bucket straddles either end of the range
 * ({@link #totals}); a range that starts in the daily zone or on a Monday always qualifies. The segmentation's
 * windows are sized so that they always start in the daily zone (see {@code Windows}).
 *
 * <p>The result does not depend on the order events arrive in: sums commute, and which buckets are daily depends only
 * on the newest day reached.
 *
 * @param today the newest day the history has reached (an event's day, or an explicit advance); {@link #NO_DAY} when
 *     nothing has happened yet
 * @param buckets non-empty buckets, sorted by start day, none overlapping
 */
public record ActivityHistory(int today, List<Bucket> buckets) {

  /** {@link #today()} of a history that has never seen an event. */
  public static final int NO_DAY = Integer.MIN_VALUE;

  private static final ActivityHistory EMPTY = new ActivityHistory(NO_DAY, List.of());

  public ActivityHistory {
    buckets = List.copyOf(buckets);
    for (int i = 1; i < buckets.size(); i++) {
      if (buckets.get(i).startDay() <= buckets.get(i - 1).endDay()) {
        throw new IllegalArgumentException("buckets must be sorted and must not overlap");
      }
    }
  }

  public static ActivityHistory empty() {
    return EMPTY;
  }

  /**
   * Adds what happened on {@code day}, first advancing to it if it is newer than {@link #today()}. A day older than
   * the horizon is dropped: it can no longer affect any window.
   */
  public ActivityHistory add(int day, Tally delta, HistoryLayout layout) {
    ActivityHistory advanced = advanceTo(day, layout);
    if (day < layout.horizonStart(advanced.today)) {
      return advanced;
    }
    boolean week = day < layout.dailyStart(advanced.today);
    int start = week ? EventDays.mondayOf(day) : day;
    TreeMap<Integer, Bucket> byStart = advanced.byStart();
    byStart.merge(start, new Bucket(start, week, delta), (old, added) -> old.plus(delta));
    return new ActivityHistory(advanced.today, new ArrayList<>(byStart.values()));
  }

  /**
   * The history as of {@code day}: days before the daily zone merged into their weeks, weeks before the horizon
   * dropped. Unchanged if {@code day} is not newer than {@link #today()}.
   */
  public ActivityHistory advanceTo(int day, HistoryLayout layout) {
    if (today != NO_DAY && day <= today) {
      return this;
    }
    int dailyStart = layout.dailyStart(day);
    int horizon = layout.horizonStart(day);
    TreeMap<Integer, Bucket> byStart = new TreeMap<>();
    for (Bucket b : buckets) {
      if (b.startDay() < horizon) {
        continue;
      }
      Bucket kept = !b.week() && b.startDay() < dailyStart
          ? new Bucket(EventDays.mondayOf(b.startDay()), true, b.tally())
          : b;
      byStart.merge(kept.startDay(), kept, (old, added) -> old.plus(added.tally()));
    }
    return new ActivityHistory(day, new ArrayList<>(byStart.values()));
  }

  /**
   * Everything from {@code fromDay} to {@code toDay}, both included, exactly.
   *
   * @param scale the scale of the amounts, for an empty result
   * @throws IllegalArgumentException if a weekly bucket straddles either end, so the answer would not be exact
   */
  public Tally totals(int fromDay, int toDay, int scale) {
    Tally sum = Tally.empty(scale);
    for (Bucket b : buckets) {
      boolean straddles = b.startDay() < fromDay && b.endDay() >= fromDay
          || b.startDay() <= toDay && b.endDay() > toDay;
      if (straddles) {
        throw new IllegalArgumentException("days " + fromDay + " to " + toDay + " cannot be summed exactly: the week "
            + "from day " + b.startDay() + " is kept as one bucket");
      }
      if (b.startDay() >= fromDay && b.endDay() <= toDay) {
        sum = sum.plus(b.tally());
      }
    }
    return sum;
  }

  /** The {@code days} days ending with {@code asOfDay}, both ends included, exactly (see {@link #totals}). */
  public Tally lastDays(int days, int asOfDay, int scale) {
    return totals(asOfDay - days + 1, asOfDay, scale);
  }

  /**
   * The days after {@code afterDay} on which a window of one of the given lengths, ending on that day, no longer
   * holds a daily bucket with purchases or refunds that it held the day before: where windowed purchase and spend
   * values can change with no new event. Contacts alone change no definition and are left out.
   */
  public SortedSet<Integer> windowExitDays(int afterDay, Collection<Integer> windowLengths) {
    SortedSet<Integer> days = new TreeSet<>();
    for (Bucket b : buckets) {
      Tally t = b.tally();
      if (b.week() || t.purchases() == 0 && t.refunds() == 0) {
        continue;
      }
      for (int length : windowLengths) {
        int exit = b.startDay() + length;
        if (exit > afterDay) {
          days.add(exit);
        }
      }
    }
    return days;
  }

  private TreeMap<Integer, Bucket> byStart() {
    TreeMap<Integer, Bucket> map = new TreeMap<>();
    for (Bucket b : buckets) {
      map.put(b.startDay(), b);
    }
    return map;
  }
}
