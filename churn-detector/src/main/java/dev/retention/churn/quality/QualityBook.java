package dev.retention.churn.quality;

import java.util.List;

/**
 * What the quality processor keeps per subject: daily counts of problems and base over the windows, and its warning.
 *
 * @param days per UTC day with observations, oldest first
 * @param open whether a warning is open
 * @param warnings how many warnings the subject had; numbers the next one
 */
public record QualityBook(List<Day> days, boolean open, int warnings) {

  public static final QualityBook EMPTY = new QualityBook(List.of(), false, 0);

  public QualityBook {
    days = days == null ? List.of() : List.copyOf(days);
  }

  /** One UTC day's problems and base. */
  public record Day(long day, int problems, int base) {}
}
