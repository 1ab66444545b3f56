package dev.retention.cases.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.contracts.profiles.CustomerProfile;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareOccasionsTest {

  private static CustomerProfile bornOn(String date) {
    return new CustomerProfile("c-1", null, null, null, LocalDate.parse(date), null, null, null, null, null, null,
        null, null, null);
  }

  @Test
  void shouldFindBirthdaysAndHolidays() {
    List<Holiday> holidays = Holiday.parseList("12-24=christmas-eve, 01-01=new-year");
    assertThat(holidays).containsExactly(new Holiday(MonthDay.of(12, 24), "christmas-eve"),
        new Holiday(MonthDay.of(1, 1), "new-year"));
    assertThat(CareOccasions.on(LocalDate.parse("2026-12-24"), bornOn("1980-12-24"), holidays))
        .containsExactly("birthday", "christmas-eve");
    assertThat(CareOccasions.on(LocalDate.parse("2026-12-23"), bornOn("1980-12-24"), holidays)).isEmpty();
    assertThat(CareOccasions.on(LocalDate.parse("2026-01-01"), null, holidays)).containsExactly("new-year");
  }

  @Test
  void shouldGreetALeapDayBirthdayOnTheTwentyEighthInCommonYears() {
    assertThat(CareOccasions.on(LocalDate.parse("2027-02-28"), bornOn("1996-02-29"), List.of()))
        .containsExactly("birthday");
    assertThat(CareOccasions.on(LocalDate.parse("2028-02-28"), bornOn("1996-02-29"), List.of())).isEmpty();
    assertThat(CareOccasions.on(LocalDate.parse("2028-02-29"), bornOn("1996-02-29"), List.of()))
        .containsExactly("birthday");
  }

  @Test
  void shouldRefuseAMalformedHolidayList() {
    assertThatThrownBy(() -> Holiday.parseList("christmas")).hasMessageContaining("MM-DD=name");
    assertThatThrownBy(() -> Holiday.parseList("13-01=x")).hasMessageContaining("not a MM-DD date");
  }
}
