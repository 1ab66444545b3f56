package dev.retention.churn.backtest;

import static dev.retention.churn.backtest.RocAucTest.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionRecallTest {

  @Test
  void shouldMeasureAPredicate() {
    record Customer(String level, boolean churned) {
    }
    List<Customer> customers = List.of(new Customer("HIGH", true), new Customer("HIGH", false),
        new Customer("LOW", true), new Customer("HIGH", true), new Customer("LOW", false));

    PrecisionRecall pr = PrecisionRecall.of(customers, c -> c.level().equals("HIGH"), Customer::churned);

    assertThat(pr).isEqualTo(new PrecisionRecall(2, 3, 3));
    assertThat(pr.precision()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(pr.recall()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void shouldTakeTheTopDecileByScore() {
    List<Scored> scored = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      scored.add(s(i, i % 2 == 0 || i == 19)); // churners: the 10 even scores and 19
    }

    PrecisionRecall pr = PrecisionRecall.topDecile(scored); // top 2: scores 20 and 19, both churned

    assertThat(pr).isEqualTo(new PrecisionRecall(2, 2, 11));
    assertThat(pr.precision()).isEqualTo(1.0);
    assertThat(pr.recall()).isCloseTo(2 / 11.0, within(1e-12));
  }

  @Test
  void shouldCreditTiesAtTheCutByTheirChurnShare() {
    // top 2 of: 0.9 (churned), then four tied at 0.5 of which one churned -> 1 + 1 * 1/4
    List<Scored> scored = List.of(s(0.5, false), s(0.9, true), s(0.5, true), s(0.5, false), s(0.5, false));

    PrecisionRecall pr = PrecisionRecall.top(scored, 2);

    assertThat(pr.truePositives()).isCloseTo(1.25, within(1e-12));
    assertThat(pr.precision()).isCloseTo(0.625, within(1e-12));
    assertThat(pr.recall()).isCloseTo(0.625, within(1e-12));
  }

  @Test
  void shouldBeUndefinedWhenNothingIsFlaggedOrNobodyChurned() {
    assertThat(PrecisionRecall.top(List.of(s(1, true)), 0).precision()).isNaN();
    assertThat(PrecisionRecall.top(List.of(s(1, false)), 1).recall()).isNaN();
  }

  @Test
  void shouldRejectAnImpossibleK() {
    assertThatThrownBy(() -> PrecisionRecall.top(List.of(s(1, true)), 2)).hasMessageContaining("k must be");
  }
}
