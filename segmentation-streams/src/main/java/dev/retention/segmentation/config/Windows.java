package dev.retention.segmentation.config;

import dev.retention.segmentation.state.HistoryLayout;

/**
 * The event-time windows the definitions look at, in whole UTC days, and how much history each customer keeps.
 *
 * <p>A window of {@code n} days "as of" an instant is the {@code n} UTC calendar days ending with that instant's day,
 * today included: the 90-day window on 2026-04-30T10:00Z is 2026-01-31 to 2026-04-30. Such windows are exact because
 * the history keeps daily buckets for every day any window can reach ({@link #dailyWeeks()} weeks) and weekly
 * buckets only beyond.
 *
 * @param valueDays the value window: spend, frequency and monetary value of the last "12 months"; default 364 days
 *     (52 weeks)
 * @param activityDays the activity window: purchases in the last {@code activityDays} compared with the
 *     {@code activityDays} before; default 90
 * @param historyWeeks how many weeks of history each customer keeps, counting the current week; default 104
 */
public record Windows(int valueDays, int activityDays, int historyWeeks) {

  public Windows {
    if (valueDays < 1) {
      throw new IllegalArgumentException("the value window must be at least 1 day, was " + valueDays);
    }
    if (activityDays < 1) {
      throw new IllegalArgumentException("the activity window must be at least 1 day, was " + activityDays);
    }
    int needed = dailyWeeks(valueDays, activityDays);
    if (historyWeeks < needed) {
      throw new IllegalArgumentException("the history must keep at least " + needed + " weeks for a value window of "
          + valueDays + " days and an activity window of " + activityDays + " days, was " + historyWeeks);
    }
  }

  /**
   * How many weeks, counting the current one, the history keeps day by day: enough that the longest window (the value
   * window, or two activity windows back to back) always starts on a day with its own bucket. 53 with the defaults.
   */
  public int dailyWeeks() {
    return dailyWeeks(valueDays, activityDays);
  }

  /** The shape of the per-customer history these windows need. */
  public HistoryLayout layout() {
    return new HistoryLayout(historyWeeks, dailyWeeks());
  }

  private static int dailyWeeks(int valueDays, int activityDays) {
    long longest = Math.max(valueDays, 2L * activityDays);
    // the window's first day is longest - 1 days before today, and today may be the Monday of the current week
    return Math.toIntExact((longest - 1 + 6) / 7 + 1);
  }
}
