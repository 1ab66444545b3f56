package dev.retention.churn.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RocAucTest {

  @Test
  void shouldBeOneForAPerfectRanking() {
    assertThat(RocAuc.of(List.of(s(0.9, true), s(0.8, true), s(0.2, false), s(0.1, false)))).isEqualTo(1.0);
  }

  @Test
  void shouldBeZeroForAnInvertedRanking() {
    assertThat(RocAuc.of(List.of(s(0.1, true), s(0.9, false)))).isEqualTo(0.0);
  }

  @Test
  void shouldCountTiesAsHalf() {
    // pairs (positive, negative): (0.8 vs 0.5) win, (0.8 vs 0.3) win, (0.5 vs 0.5) tie, (0.5 vs 0.3) win
    // -> (3 + 0.5) / 4
    List<Scored> scored = List.of(s(0.8, true), s(0.5, true), s(0.5, false), s(0.3, false));

    assertThat(RocAuc.of(scored)).isCloseTo(0.875, within(1e-12));
  }

  @Test
  void shouldBeOneHalfWhenAllScoresTie() {
    assertThat(RocAuc.of(List.of(s(1, true), s(1, false), s(1, false), s(1, true)))).isEqualTo(0.5);
  }

  @Test
  void shouldBeUndefinedWithoutBothClasses() {
    assertThat(RocAuc.of(List.of(s(1, true), s(2, true)))).isNaN();
    assertThat(RocAuc.of(List.of())).isNaN();
  }

  static Scored s(double score, boolean churned) {
    return new Scored(score, churned);
  }
}
