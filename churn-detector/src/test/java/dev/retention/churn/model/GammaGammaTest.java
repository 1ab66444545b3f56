package dev.retention.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

class GammaGammaTest {

  private static final GammaGammaParameters CDNOW = new GammaGammaParameters(6.25, 3.74, 15.44);

  @Test
  void shouldRecoverTheParametersOfASyntheticPopulation() {
    GammaGammaParameters truth = new GammaGammaParameters(6.0, 4.0, 15.0);
    RandomDataGenerator random = new RandomDataGenerator(20261122L);
    List<SpendHistory> spends = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int x = 1 + random.nextInt(0, 9);
      // nu ~ Gamma(q, rate gamma); the sum of x values ~ Gamma(p x, rate nu)
      double nu = random.nextGamma(truth.q(), 1 / truth.gamma());
      double total = random.nextGamma(truth.p() * x, 1 / nu);
      spends.add(new SpendHistory(x, total / x));
    }

    GammaGammaFitResult fit = GammaGamma.fit(spends);
    System.out.printf("Gamma-Gamma synthetic (truth %s): %s LL=%.3f evaluations=%d%n",
        truth, fit.parameters(), fit.logLikelihood(), fit.evaluations());

    assertThat(fit.parameters().p()).isCloseTo(truth.p(), withinPercentage(5));
    assertThat(fit.parameters().q()).isCloseTo(truth.q(), withinPercentage(10));
    assertThat(fit.parameters().gamma()).isCloseTo(truth.gamma(), withinPercentage(15));
    assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(GammaGamma.logLikelihood(truth, spends));
  }

  @Test
  void shouldShrinkTheCustomersMeanTowardsThePopulationMean() {
    // (gamma + x m) p / (p x + q - 1) for x=2, m=22.35 (CDNOW customer 1's repeat mean), by hand
    double expected = (15.44 + 2 * 22.35) * 6.25 / (6.25 * 2 + 3.74 - 1);

    assertThat(GammaGamma.expectedSpend(CDNOW, 2, 22.35)).isCloseTo(expected, within(1e-9))
        .isBetween(22.35, GammaGamma.populationMeanSpend(CDNOW));
  }

  @Test
  void shouldExpectThePopulationMeanWithoutRepeatPurchases() {
    assertThat(GammaGamma.expectedSpend(CDNOW, 0, 0)).isCloseTo(6.25 * 15.44 / 2.74, within(1e-9));
  }

  @Test
  void shouldRejectWhatTheModelCannotTake() {
    assertThatThrownBy(() -> new SpendHistory(0, 10)).hasMessageContaining("x >= 1");
    assertThatThrownBy(() -> new SpendHistory(1, 0)).hasMessageContaining("meanSpend");
    assertThatThrownBy(() -> GammaGamma.populationMeanSpend(new GammaGammaParameters(1, 0.9, 1)))
        .hasMessageContaining("q <= 1");
    assertThatThrownBy(() -> GammaGamma.fit(List.of())).hasMessageContaining("no repeat buyers");
  }
}
