package dev.retention.segmentation.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.segmentation.Fixtures;
import dev.retention.segmentation.config.SegmentationConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityHistoryTest {

  private static final HistoryLayout LAYOUT = SegmentationConfig.DEFAULTS.windows().layout();
  private static final int MONDAY = EventDays.dayOf(Fixtures.T0);

  private static Tally spent(long euros) {
    return Tally.purchase(BigDecimal.valueOf(euros).setScale(2));
  }

  @ParameterizedTest(name = "today is Monday + {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void shouldAnswerTheWindowsExactlyAtTheirEdgesOnEveryWeekday(int weekday) {
    int today = MONDAY + 700 + weekday;
    int[] daysBack = {0, 89, 90, 179, 180, 363, 364};
    ActivityHistory h = ActivityHistory.empty();
    for (int i = daysBack.length - 1; i >= 0; i--) {
      h = h.add(today - daysBack[i], spent(1L << i), LAYOUT);   // 1, 2, 4, ... identify the days in the sums
    }

    assertThat(h.lastDays(90, today, 2).spend()).as("days 0 and 89 back").isEqualByComparingTo("3");
    assertThat(h.lastDays(90, today - 90, 2).spend()).as("days 90 and 179 back").isEqualByComparingTo("12");
    assertThat(h.lastDays(364, today, 2).spend()).as("all but 364 back").isEqualByComparingTo("63");
    assertThat(h.lastDays(364, today, 2).purchases()).isEqualTo(6);
    assertThat(h.buckets()).noneMatch(Bucket::week);
  }

  @Test
  void shouldMoveTheWindowsDayByDay() {
    ActivityHistory h = ActivityHistory.empty().add(MONDAY, spent(5), LAYOUT);

    assertThat(h.lastDays(90, MONDAY + 89, 2).purchases()).isEqualTo(1);
    assertThat(h.lastDays(90, MONDAY + 90, 2).purchases()).isZero();
    assertThat(h.lastDays(90, MONDAY + 90 - 90, 2).purchases()).isEqualTo(1);
    assertThat(h.lastDays(364, MONDAY + 363, 2).purchases()).isEqualTo(1);
    assertThat(h.lastDays(364, MONDAY + 364, 2).purchases()).isZero();
  }

  @Test
  void shouldRollDaysIntoWeeksAndDropWeeksBeyondTheHorizon() {
    ActivityHistory h = ActivityHistory.empty()
        .add(MONDAY + 2, spent(1), LAYOUT)
        .add(MONDAY + 4, spent(2), LAYOUT);

    ActivityHistory stillDaily = h.advanceTo(MONDAY + 52 * 7 + 6, LAYOUT);
    assertThat(stillDaily.buckets()).extracting(Bucket::week).containsExactly(false, false);

    ActivityHistory weekly = h.advanceTo(MONDAY + 53 * 7, LAYOUT);
    assertThat(weekly.buckets()).containsExactly(new Bucket(MONDAY, true, spent(1).plus(spent(2))));

    ActivityHistory lastWeekKept = h.advanceTo(MONDAY + 103 * 7 + 6, LAYOUT);
    assertThat(lastWeekKept.buckets()).hasSize(1);
    ActivityHistory dropped = h.advanceTo(MONDAY + 104 * 7, LAYOUT);
    assertThat(dropped.buckets()).isEmpty();
    assertThat(dropped.today()).isEqualTo(MONDAY + 104 * 7);
  }

  @Test
  void shouldAddALateEventToItsWeekOrDropItBeyondTheHorizon() {
    int today = MONDAY + 60 * 7;
    ActivityHistory h = ActivityHistory.empty().add(today, spent(1), LAYOUT);

    ActivityHistory late = h.add(MONDAY + 3, spent(2), LAYOUT);
    assertThat(late.buckets()).first().isEqualTo(new Bucket(MONDAY, true, spent(2)));

    ActivityHistory tooLate = h.add(today - 104 * 7, spent(2), LAYOUT);
    assertThat(tooLate).isEqualTo(h);
  }

  @Test
  void shouldRefuseASumThatWouldCutAWeekInTwo() {
    ActivityHistory h = ActivityHistory.empty().add(MONDAY, spent(1), LAYOUT).advanceTo(MONDAY + 400, LAYOUT);

    assertThat(h.totals(MONDAY, MONDAY + 400, 2).purchases()).isEqualTo(1);
    assertThat(h.totals(MONDAY + 7, MONDAY + 400, 2).purchases()).isZero();
    assertThatThrownBy(() -> h.totals(MONDAY + 3, MONDAY + 400, 2))
        .hasMessageContaining("cannot be summed exactly");
  }

  @Test
  void shouldComeOutTheSameInAnyOrder() {
    Random random = new Random(7);
    List<int[]> events = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      events.add(new int[] {MONDAY + random.nextInt(900), 1 + random.nextInt(500)});
    }
    int end = MONDAY + 900;

    ActivityHistory inOrder = ActivityHistory.empty();
    events.sort((a, b) -> Integer.compare(a[0], b[0]));
    for (int[] e : events) {
      inOrder = inOrder.add(e[0], spent(e[1]), LAYOUT);
    }
    Collections.shuffle(events, random);
    ActivityHistory shuffled = ActivityHistory.empty();
    for (int[] e : events) {
      shuffled = shuffled.add(e[0], spent(e[1]), LAYOUT);
    }

    assertThat(shuffled.advanceTo(end, LAYOUT)).isEqualTo(inOrder.advanceTo(end, LAYOUT));
  }

  @Test
  void shouldSayWhenADayLeavesAWindow() {
    ActivityHistory h = ActivityHistory.empty().add(MONDAY, spent(1), LAYOUT).add(MONDAY + 10, spent(1), LAYOUT)
        .add(MONDAY + 5, Tally.contact(2), LAYOUT);

    assertThat(h.windowExitDays(MONDAY + 10, List.of(90, 180, 364)))
        .containsExactly(MONDAY + 90, MONDAY + 100, MONDAY + 180, MONDAY + 190, MONDAY + 364, MONDAY + 374);
    assertThat(h.windowExitDays(MONDAY + 180, List.of(90, 180, 364)))
        .containsExactly(MONDAY + 190, MONDAY + 364, MONDAY + 374);
  }
}
