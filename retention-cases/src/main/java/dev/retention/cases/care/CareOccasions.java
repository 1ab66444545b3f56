package dev.retention.cases.care;

import dev.retention.contracts.profiles.CustomerProfile;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/** Which care occasions of a customer fall on a day: their birthday and the configured holidays. */
public final class CareOccasions {

  public static final String BIRTHDAY = "birthday";
  private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

  private CareOccasions() {}

  public static List<String> on(LocalDate day, CustomerProfile profile, List<Holiday> holidays) {
    List<String> occasions = new ArrayList<>();
    if (profile != null && profile.birthday() != null && isBirthday(day, MonthDay.from(profile.birthday()))) {
      occasions.add(BIRTHDAY);
    }
    for (Holiday holiday : holidays) {
      if (holiday.day().equals(MonthDay.from(day))) {
        occasions.add(holiday.name());
      }
    }
    return occasions;
  }

  /** A 29 February birthday is greeted on 28 February in common years. */
  private static boolean isBirthday(LocalDate day, MonthDay birthday) {
    if (birthday.equals(LEAP_DAY) && !day.isLeapYear()) {
      return MonthDay.from(day).equals(MonthDay.of(2, 28));
    }
    return MonthDay.from(day).equals(birthday);
  }
}
