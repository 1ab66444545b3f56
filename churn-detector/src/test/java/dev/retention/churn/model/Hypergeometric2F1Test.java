package dev.retention.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Hypergeometric2F1Test {

  @Test
  void shouldMatchTheLogarithmClosedForm() {
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z
    for (double z : new double[] {0.1, 0.5, 0.9, 0.99}) {
      assertThat(Hypergeometric2F1.value(1, 1, 2, z)).as("z=%s", z)
          .isCloseTo(-Math.log1p(-z) / z, within(1e-10));
    }
  }

  @Test
  void shouldMatchTheBinomialClosedForm() {
    // 2F1(a, b; b; z) = (1 - z)^-a, with large b as for frequent buyers
    assertThat(Hypergeometric2F1.value(2.243, 40.4, 40.4, 0.8)).isCloseTo(Math.pow(0.2, -2.243), within(1e-8));
  }

  @Test
  void shouldBeOneAtZero() {
    assertThat(Hypergeometric2F1.value(3, 4, 5, 0)).isEqualTo(1.0);
  }

  @Test
  void shouldRejectArgumentsOutsideTheSeriesDomain() {
    assertThatThrownBy(() -> Hypergeometric2F1.value(1, 1, 2, 1.0)).hasMessageContaining("z");
    assertThatThrownBy(() -> Hypergeometric2F1.value(1, 1, -2, 0.5)).hasMessageContaining("c");
  }
}
