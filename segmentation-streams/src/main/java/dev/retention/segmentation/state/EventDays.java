package dev.retention.segmentation.state;

import java.time.Instant;

/** Event time in whole UTC days (epoch days) and weeks that start on Monday. */
public final class EventDays {

  /** Milliseconds in a UTC day. */
  public static final long DAY_MILLIS = 86_400_000L;

  private EventDays() {}

  /** The UTC day (days since 1970-01-01) an instant falls on. */
  public static int dayOf(Instant time) {
    return Math.toIntExact(Math.floorDiv(time.toEpochMilli(), DAY_MILLIS));
  }

  /** The first instant (00:00 UTC) of an epoch day. */
  public static Instant startOf(int day) {
    return Instant.ofEpochMilli(day * DAY_MILLIS);
  }

  /** The Monday on or before {@code day}; 1970-01-01 was a Thursday. */
  public static int mondayOf(int day) {
    return day - Math.floorMod(day + 3, 7);
  }
}
