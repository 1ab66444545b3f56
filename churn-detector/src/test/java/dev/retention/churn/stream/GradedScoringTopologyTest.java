package dev.retention.churn.stream;

import static dev.retention.churn.Fixtures.contact;
import static dev.retention.churn.Fixtures.days;
import static dev.retention.churn.Fixtures.event;
import static dev.retention.churn.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default definitions: points by strength in tenths, each step fired by a timer; one silence counted once. */
class GradedScoringTopologyTest {

  private static final String ANNA = "anna";

  @TempDir
  Path stateDir;

  private ChurnDriver driver;

  @BeforeEach
  void start() {
    driver = new ChurnDriver(ChurnStreamConfig.of(ChurnConfig.DEFAULTS, new FakeModels()), stateDir);
  }

  @AfterEach
  void close() {
    driver.close();
  }

  private static int points(ChurnRisk risk, RiskSignal signal) {
    return risk.reasons().stream().filter(r -> r.signal() == signal).mapToInt(RiskReason::points).findFirst()
        .orElse(0);
  }

  @Test
  void shouldRaiseOverduePointsInTenthsUntilTheGapIsTwiceTheDueGap() {
    for (int d = 0; d <= 30; d += 10) {
      driver.send(event(ANNA, days(d), purchase("20.00")));
    }
    driver.send(event("clock", days(80), contact()));

    List<ChurnRisk> risks = driver.risksOf(ANNA);
    // due at day 50 (2 x 10 days after day 30) with half of 60 points; full 60 at day 70, a tenth every 2 days
    assertThat(risks).extracting(ChurnRisk::asOf).containsExactly(days(50), days(52), days(54), days(56),
        days(58), days(60), days(62), days(64), days(66), days(68), days(70));
    assertThat(risks).extracting(r -> points(r, RiskSignal.PURCHASE_OVERDUE))
        .containsExactly(30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60);
  }

  @Test
  void shouldRaiseOneTimeBuyerPointsFromHalfToFullAtThreeTimesTheWait() {
    driver.send(event(ANNA, days(0), purchase("20.00")));
    driver.send(event("clock", days(400), contact()));

    List<ChurnRisk> risks = driver.risksOf(ANNA);
    assertThat(risks.get(0).asOf()).isEqualTo(days(120));
    assertThat(points(risks.get(0), RiskSignal.NO_REPEAT_PURCHASE)).isEqualTo(45);
    ChurnRisk last = risks.get(risks.size() - 1);
    assertThat(last.asOf()).isEqualTo(days(360));
    assertThat(points(last, RiskSignal.NO_REPEAT_PURCHASE)).isEqualTo(90);
  }

  @Test
  void shouldCountACustomersSilenceOnceThoughSeveralSignalsSeeIt() {
    driver.publish(FakeModels.parameters(2.0, days(0)));
    for (int d = 0; d <= 30; d += 10) {
      driver.send(event(ANNA, days(d), purchase("20.00")));
    }
    Instant at = days(60);
    driver.send(event("clock", at, contact()));

    ChurnRisk risk = driver.latestRisk(ANNA);
    assertThat(risk.reasons()).extracting(RiskReason::signal)
        .containsExactly(RiskSignal.LOW_P_ALIVE, RiskSignal.PURCHASE_OVERDUE);
    int strongest = risk.reasons().get(0).points();
    // P(alive) halves every 2 weeks: at day 60, 30 days after the last purchase, it is 0.5^(30/14) = 0.23
    assertThat(strongest).isEqualTo(Math.round(90 * 0.7f));
    assertThat(risk.reasons().get(1).points()).as("the correlated signal adds 1").isEqualTo(1);
    assertThat(risk.score()).isEqualTo(strongest + 1);
  }
}
