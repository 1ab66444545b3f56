package dev.retention.segmentation.state;

/**
 * The shape of a customer's {@link ActivityHistory}: how many weeks it keeps in all, and how many of the newest of
 * them day by day. Both zones are whole Monday-to-Sunday UTC weeks, counted with the current week as the first, so a
 * day moves from the daily to the weekly zone only together with the rest of its week.
 *
 * @param weeks weeks kept in all, the current one included
 * @param dailyWeeks the newest weeks kept day by day; at most {@code weeks}
 */
public record HistoryLayout(int weeks, int dailyWeeks) {

  public HistoryLayout {
    if (dailyWeeks < 1 || weeks < dailyWeeks) {
      throw new IllegalArgumentException("need 1 <= dailyWeeks <= weeks, was dailyWeeks " + dailyWeeks + ", weeks "
          + weeks);
    }
  }

  /** The first day kept day by day when the history has reached {@code today}: a Monday. */
  public int dailyStart(int today) {
    return EventDays.mondayOf(today) - 7 * (dailyWeeks - 1);
  }

  /** The first day kept at all when the history has reached {@code today}: a Monday. */
  public int horizonStart(int today) {
    return EventDays.mondayOf(today) - 7 * (weeks - 1);
  }
}
