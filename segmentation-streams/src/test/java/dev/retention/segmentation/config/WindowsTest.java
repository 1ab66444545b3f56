package dev.retention.segmentation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WindowsTest {

  @Test
  void shouldKeepDailyBucketsForEveryDayAWindowCanReach() {
    assertThat(new Windows(364, 90, 104).dailyWeeks()).isEqualTo(53);  // 363 days back from a Monday
    assertThat(new Windows(7, 90, 104).dailyWeeks()).isEqualTo(27);    // 179 days back
    assertThat(new Windows(8, 1, 104).dailyWeeks()).isEqualTo(2);
    assertThat(new Windows(7, 1, 104).dailyWeeks()).isEqualTo(2);
    assertThat(new Windows(1, 1, 2).dailyWeeks()).isEqualTo(2);  // yesterday may be last week's Sunday
  }

  @Test
  void shouldRefuseAHistoryShorterThanTheWindows() {
    assertThatThrownBy(() -> new Windows(364, 90, 52)).hasMessageContaining("at least 53 weeks");
  }
}
