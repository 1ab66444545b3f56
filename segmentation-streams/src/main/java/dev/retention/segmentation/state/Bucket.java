package dev.retention.segmentation.state;

import java.util.Objects;

/**
 * One bucket of an {@link ActivityHistory}: a single UTC day, or a whole Monday-to-Sunday week.
 *
 * @param startDay the epoch day of the day, or of the week's Monday
 * @param week whether the bucket holds a whole week
 */
public record Bucket(int startDay, boolean week, Tally tally) {

  public Bucket {
    Objects.requireNonNull(tally, "tally");
    if (week && EventDays.mondayOf(startDay) != startDay) {
      throw new IllegalArgumentException("a week bucket starts on a Monday, day " + startDay + " is not one");
    }
  }

  /** The last day the bucket covers. */
  public int endDay() {
    return week ? startDay + 6 : startDay;
  }

  public Bucket plus(Tally more) {
    return new Bucket(startDay, week, tally.plus(more));
  }
}
