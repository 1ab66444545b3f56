package dev.retention.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class BgNbdTest {

  /** The paper's estimates on the CDNOW calibration summary (Fader, Hardie &amp; Lee 2005, section 4). */
  private static final BgNbdParameters PAPER = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

  @Test
  void shouldReproduceThePaperFitOnTheCdnowSummary() {
    List<PurchaseHistory> customers = new ArrayList<>(CdnowSummary.byId().values());

    long started = System.nanoTime();
    FitResult fit = BgNbd.fit(customers);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("BG/NBD on CDNOW: %s LL=%.4f customers=%d evaluations=%d in %d ms%n",
        fit.parameters(), fit.logLikelihood(), fit.customers(), fit.evaluations(), millis);

    assertThat(fit.customers()).isEqualTo(2357);
    assertThat(fit.parameters().r()).isCloseTo(0.243, withinPercentage(1));
    assertThat(fit.parameters().alpha()).isCloseTo(4.414, withinPercentage(1));
    assertThat(fit.parameters().a()).isCloseTo(0.793, withinPercentage(1));
    assertThat(fit.parameters().b()).isCloseTo(2.426, withinPercentage(1));
    assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.5));
    assertThat(fit.logLikelihood()).isEqualTo(BgNbd.logLikelihood(fit.parameters(), customers));
  }

  @Test
  void shouldMatchTheDirectFormulaOfEquationSix() {
    BgNbdParameters p = new BgNbdParameters(0.5, 3.0, 0.8, 2.5);
    PurchaseHistory h = new PurchaseHistory(3, 20.0, 35.0);
    double common = Math.exp(Gamma.logGamma(p.r() + 3) - Gamma.logGamma(p.r())) * Math.pow(p.alpha(), p.r());
    double bAB = Math.exp(Beta.logBeta(p.a(), p.b()));
    double direct = common * (Math.exp(Beta.logBeta(p.a(), p.b() + 3)) / bAB / Math.pow(p.alpha() + 35, p.r() + 3)
        + Math.exp(Beta.logBeta(p.a() + 1, p.b() + 2)) / bAB / Math.pow(p.alpha() + 20, p.r() + 3));

    assertThat(BgNbd.logLikelihood(p, h)).isCloseTo(Math.log(direct), within(1e-12));
  }

  @Test
  void shouldStayFiniteForLargeHistories() {
    double ll = BgNbd.logLikelihood(PAPER, new PurchaseHistory(5_000, 9_000, 10_000));

    assertThat(ll).isFinite().isNegative();
  }

  @Test
  void shouldGiveTheSameLikelihoodForGroupedAndListedHistories() {
    PurchaseHistory one = new PurchaseHistory(2, 30.43, 38.86);
    PurchaseHistory none = new PurchaseHistory(0, 0, 38.86);

    double listed = BgNbd.logLikelihood(PAPER, List.of(one, one, none));
    double grouped = BgNbd.logLikelihood(PAPER, Map.of(one, 2, none, 1));

    assertThat(grouped).isCloseTo(listed, within(1e-9));
  }

  @Test
  void shouldMatchHardiesConditionalExpectationForCustomerOne() {
    // Hardie's BG/NBD spreadsheet, reproduced in lifetimes' tests: x=2, t_x=30.43, T=38.86, next 39 weeks.
    double expected = BgNbd.expectedPurchases(PAPER, new PurchaseHistory(2, 30.43, 38.86), 39);

    assertThat(expected).isCloseTo(1.226, within(0.001));
  }

  @Test
  void shouldMatchHardiesUnconditionalExpectations() {
    // E[X(t)] for a new customer, Hardie's spreadsheet values as used in lifetimes' tests; the spreadsheet
    // uses the unrounded estimates, hence the fit rather than the paper's 3-decimal figures.
    BgNbdParameters mle = BgNbd.fit(new ArrayList<>(CdnowSummary.byId().values())).parameters();
    double[] t = {0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00};
    double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (int i = 0; i < t.length; i++) {
      assertThat(BgNbd.expectedPurchasesNewCustomer(mle, t[i])).as("t=%s", t[i])
          .isCloseTo(expected[i], within(0.0005));
    }
  }

  @Test
  void shouldAgreeWithEquationTenAsPrintedWhereThatDoesNotOverflow() {
    PurchaseHistory h = new PurchaseHistory(30, 35.0, 38.86);
    double t = 39;
    double z = t / (PAPER.alpha() + h.T() + t);
    double printed = (PAPER.a() + PAPER.b() + 30 - 1) / (PAPER.a() - 1)
        * (1 - Math.pow((PAPER.alpha() + h.T()) / (PAPER.alpha() + h.T() + t), PAPER.r() + 30)
        * Hypergeometric2F1.value(PAPER.r() + 30, PAPER.b() + 30, PAPER.a() + PAPER.b() + 30 - 1, z))
        / (1 + PAPER.a() / (PAPER.b() + 30 - 1)
        * Math.pow((PAPER.alpha() + h.T()) / (PAPER.alpha() + h.tx()), PAPER.r() + 30));

    assertThat(BgNbd.expectedPurchases(PAPER, h, t)).isCloseTo(printed, within(1e-9));
  }

  @Test
  void shouldStayFiniteForVeryFrequentBuyers() {
    // (1 - z)^-(r + x) alone would overflow a double here
    PurchaseHistory daily = new PurchaseHistory(2_000, 390, 400);
    double noDropoutBound = (PAPER.r() + 2_000) / (PAPER.alpha() + 400) * 52;

    assertThat(BgNbd.expectedPurchases(PAPER, daily, 52)).isFinite().isPositive().isLessThan(noDropoutBound);
  }

  @Test
  void shouldExpectNothingInAnEmptyPeriod() {
    assertThat(BgNbd.expectedPurchases(PAPER, new PurchaseHistory(2, 30.43, 38.86), 0)).isZero();
    assertThat(BgNbd.expectedPurchasesNewCustomer(PAPER, 0)).isZero();
  }

  @Test
  void shouldExpectMoreFromRecentFrequentBuyers() {
    double recent = BgNbd.expectedPurchases(PAPER, new PurchaseHistory(6, 38, 39), 13);
    double lapsed = BgNbd.expectedPurchases(PAPER, new PurchaseHistory(6, 5, 39), 13);
    double oneTime = BgNbd.expectedPurchases(PAPER, new PurchaseHistory(0, 0, 39), 13);

    assertThat(recent).isGreaterThan(oneTime).isGreaterThan(lapsed);
  }

  @Test
  void shouldBeContinuousAcrossTheRemovableSingularityAtAEqualsOne() {
    PurchaseHistory h = new PurchaseHistory(2, 30.43, 38.86);
    double atOne = BgNbd.expectedPurchases(new BgNbdParameters(0.243, 4.414, 1.0, 2.426), h, 39);
    double near = BgNbd.expectedPurchases(new BgNbdParameters(0.243, 4.414, 1.001, 2.426), h, 39);

    assertThat(atOne).isFinite().isCloseTo(near, within(0.002));
  }

  @Test
  void shouldSayAliveForCustomersWithoutRepeatPurchase() {
    assertThat(BgNbd.pAlive(PAPER, new PurchaseHistory(0, 0, 1))).isEqualTo(1.0);
    assertThat(BgNbd.pAlive(PAPER, new PurchaseHistory(0, 0, 78))).isEqualTo(1.0);
  }

  @Test
  void shouldLowerPAliveAsTimeSinceTheLastPurchaseGrows() {
    double previous = 1.0;
    for (double age = 30.43; age <= 78; age += 4) {
      double p = BgNbd.pAlive(PAPER, new PurchaseHistory(2, 30.43, age));
      assertThat(p).as("T=%s", age).isLessThan(previous).isGreaterThan(0);
      previous = p;
    }
  }

  @Test
  void shouldComputePAliveFromTheNotesFormula() {
    // 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x)), by hand for x=2, t_x=30.43, T=38.86
    double odds = 0.793 / (2.426 + 1) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 0.243 + 2);

    assertThat(BgNbd.pAlive(PAPER, new PurchaseHistory(2, 30.43, 38.86)))
        .isCloseTo(1 / (1 + odds), within(1e-12));
  }

  @Test
  void shouldRejectInconsistentHistories() {
    assertThatThrownBy(() -> new PurchaseHistory(-1, 0, 1)).hasMessageContaining("x");
    assertThatThrownBy(() -> new PurchaseHistory(1, 2, 1)).hasMessageContaining("tx <= T");
    assertThatThrownBy(() -> new PurchaseHistory(0, 0.5, 1)).hasMessageContaining("x == 0");
    assertThatThrownBy(() -> new BgNbdParameters(0, 1, 1, 1)).hasMessageContaining("r");
    assertThatThrownBy(() -> BgNbd.fit(List.of())).hasMessageContaining("no customers");
  }
}
