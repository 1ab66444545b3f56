package dev.retention.churn.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's purchase occasions, as BG/NBD needs them: purchases on the same UTC day are one occasion (as in the
 * CDNOW data). Null fields mean "no purchase yet".
 *
 * @param firstAt time of the first purchase
 * @param lastAt time of the latest purchase
 * @param lastEventId id of the latest purchase event
 * @param occasions distinct purchase days, at least 1 once there is a purchase
 * @param recentGapsDays the most recent gaps between consecutive occasions, in days, oldest first
 * @param repeatSpend spend on repeat occasions (not on the first day), in the reporting currency
 */
public record Purchases(Instant firstAt, Instant lastAt, String lastEventId, int occasions,
    List<Double> recentGapsDays, double repeatSpend) {

  public static final Purchases NONE = new Purchases(null, null, null, 0, List.of(), 0);
  private static final double WEEK_SECONDS = 7 * 86_400d;

  public Purchases {
    recentGapsDays = List.copyOf(recentGapsDays);
  }

  public boolean any() {
    return occasions > 0;
  }

  /** Repeat purchase occasions: BG/NBD's x. */
  public int repeats() {
    return Math.max(0, occasions - 1);
  }

  /** Weeks from the first to the latest purchase: BG/NBD's t_x. */
  public double txWeeks() {
    return repeats() > 0 ? weeks(firstAt, lastAt) : 0;
  }

  /** Weeks from the first purchase to {@code now}: BG/NBD's T. */
  public double ageWeeks(Instant now) {
    return any() ? Math.max(weeks(firstAt, now), txWeeks()) : 0;
  }

  /** Mean spend per repeat occasion; 0 without repeats. */
  public double meanRepeatSpend() {
    return repeats() == 0 ? 0 : repeatSpend / repeats();
  }

  Purchases add(Instant at, String eventId, double amount, int gapSample) {
    if (!any()) {
      return new Purchases(at, at, eventId, 1, List.of(), 0);
    }
    long day = day(at);
    if (day == day(lastAt) || day == day(firstAt)) {
      boolean first = day == day(firstAt);
      Instant last = at.isAfter(lastAt) ? at : lastAt;
      return new Purchases(at.isBefore(firstAt) ? at : firstAt, last, at.isAfter(lastAt) ? eventId : lastEventId,
          occasions, recentGapsDays, first ? repeatSpend : repeatSpend + amount);
    }
    if (at.isBefore(firstAt)) {
      // a late first purchase: the previous first occasion becomes a repeat whose spend is not known any more
      return new Purchases(at, lastAt, lastEventId, occasions + 1, recentGapsDays, repeatSpend);
    }
    List<Double> gaps = new ArrayList<>(recentGapsDays);
    if (at.isAfter(lastAt)) {
      gaps.add(Duration.between(lastAt, at).toSeconds() / 86_400d);
      while (gaps.size() > gapSample) {
        gaps.remove(0);
      }
    }
    Instant last = at.isAfter(lastAt) ? at : lastAt;
    return new Purchases(firstAt, last, at.isAfter(lastAt) ? eventId : lastEventId, occasions + 1, gaps,
        repeatSpend + amount);
  }

  static long day(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), 86_400L);
  }

  private static double weeks(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds() / WEEK_SECONDS;
  }
}
