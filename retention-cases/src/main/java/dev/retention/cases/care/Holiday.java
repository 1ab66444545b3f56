package dev.retention.cases.care;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A yearly date on which HIGH and MEDIUM customers get a care greeting, e.g. {@code 12-24=christmas-eve}. */
public record Holiday(MonthDay day, String name) {

  public Holiday {
    Objects.requireNonNull(day, "day");
    if (name == null || !name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("holiday name must be lower-case letters, digits and '-', was '" + name
          + "'");
    }
  }

  /** Parses {@code MM-DD=name} entries separated by commas. */
  public static List<Holiday> parseList(String raw) {
    List<Holiday> holidays = new ArrayList<>();
    for (String entry : raw.split(",")) {
      String item = entry.strip();
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("must be MM-DD=name entries separated by commas, e.g. "
            + "12-24=christmas-eve; got '" + item + "'");
      }
      try {
        holidays.add(new Holiday(MonthDay.parse("--" + item.substring(0, eq).strip()),
            item.substring(eq + 1).strip()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + item.substring(0, eq) + "' is not a MM-DD date", e);
      }
    }
    return List.copyOf(holidays);
  }
}
