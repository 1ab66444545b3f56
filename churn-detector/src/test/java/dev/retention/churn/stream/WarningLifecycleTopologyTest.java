package dev.retention.churn.stream;

import static dev.retention.churn.Fixtures.complaint;
import static dev.retention.churn.Fixtures.contact;
import static dev.retention.churn.Fixtures.days;
import static dev.retention.churn.Fixtures.event;
import static dev.retention.churn.Fixtures.hours;
import static dev.retention.churn.Fixtures.purchase;
import static dev.retention.churn.Fixtures.reopened;
import static dev.retention.churn.Fixtures.resolved;
import static dev.retention.churn.Fixtures.responded;
import static dev.retention.churn.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.churn.TestDefinitions;
import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ChurnWarningCleared;
import dev.retention.contracts.churn.ChurnWarningEscalated;
import dev.retention.contracts.churn.ChurnWarningRaised;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.InteractionData;
import dev.retention.contracts.events.Severity;
import dev.retention.contracts.events.SurveyMetric;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warning lifecycle through the topology: raise, escalate, clear; no flapping, no duplicates, stable ids. */
class WarningLifecycleTopologyTest {

  private static final String ANNA = "anna";
  private static final String CLOCK = "clock";

  @TempDir
  Path stateDir;

  private final List<CloudEvent> sent = new ArrayList<>();

  private ChurnDriver start(ChurnConfig config, Path dir) {
    return new ChurnDriver(ChurnStreamConfig.of(config, new FakeModels()), dir);
  }

  private CloudEvent send(ChurnDriver driver, Instant at, InteractionData data) {
    CloudEvent e = event(ANNA, at, data);
    sent.add(e);
    driver.send(e);
    return e;
  }

  private void tick(ChurnDriver driver, Instant at) {
    CloudEvent e = event(CLOCK, at, contact());
    sent.add(e);
    driver.send(e);
  }

  /** Overdue purchase (40, MEDIUM) at day 50, with purchases every 10 days until day 30. */
  private void becomeOverdue(ChurnDriver driver) {
    for (int d = 0; d <= 30; d += 10) {
      send(driver, days(d), purchase("20.00"));
    }
    tick(driver, days(55));
  }

  @Test
  void shouldRaiseEscalateAndClearOneWarning() {
    try (ChurnDriver driver = start(TestDefinitions.FIXED, stateDir)) {
      becomeOverdue(driver);
      ChurnWarningRaised raised = (ChurnWarningRaised) driver.warningsOf(ANNA).get(0);
      assertThat(raised.warningId()).isEqualTo("anna/w1");
      assertThat(raised.eventId()).isEqualTo("anna/w1/raised");
      assertThat(raised.at()).isEqualTo(days(50));
      assertThat(raised.causeEventId()).as("a timer raised it").isNull();
      assertThat(raised.level()).isEqualTo(RiskLevel.MEDIUM);
      assertThat(raised.reasons()).extracting(r -> r.signal()).containsExactly(RiskSignal.PURCHASE_OVERDUE);
      assertThat(driver.latestRisk(ANNA).openWarningId()).isEqualTo("anna/w1");

      send(driver, days(56), survey(SurveyMetric.NPS, 2));
      CloudEvent csat = send(driver, days(56.5), survey(SurveyMetric.CSAT, 1));
      List<ChurnWarning> warnings = driver.warningsOf(ANNA);
      assertThat(warnings).hasSize(2);
      ChurnWarningEscalated escalated = (ChurnWarningEscalated) warnings.get(1);
      assertThat(escalated.eventId()).isEqualTo("anna/w1/escalated-1");
      assertThat(escalated.from()).isEqualTo(RiskLevel.MEDIUM);
      assertThat(escalated.to()).isEqualTo(RiskLevel.HIGH);
      assertThat(escalated.score()).isEqualTo(80);
      assertThat(escalated.causeEventId()).isEqualTo(csat.id());

      CloudEvent bought = send(driver, days(57), purchase("25.00"));
      // 40 points of surveys remain: HIGH falls back to MEDIUM, the warning stays open
      assertThat(driver.warningsOf(ANNA)).hasSize(2);
      assertThat(driver.latestRisk(ANNA).level()).isEqualTo(RiskLevel.MEDIUM);
      send(driver, days(58), survey(SurveyMetric.NPS, 9));
      send(driver, days(58.5), survey(SurveyMetric.CSAT, 5));

      warnings = driver.warningsOf(ANNA);
      assertThat(warnings).hasSize(3);
      ChurnWarningCleared cleared = (ChurnWarningCleared) warnings.get(2);
      assertThat(cleared.eventId()).isEqualTo("anna/w1/cleared");
      assertThat(cleared.lastLevel()).isEqualTo(RiskLevel.MEDIUM);
      // cleared by the NPS answer: 20 points of low CSAT are below MEDIUM's threshold less the margin
      assertThat(cleared.score()).isEqualTo(20);
      assertThat(cleared.explanation()).contains("NPS_DETRACTOR");
      assertThat(bought.id()).isNotNull();
      ChurnRisk last = driver.latestRisk(ANNA);
      assertThat(last.openWarningId()).isNull();
      assertThat(last.level()).isEqualTo(RiskLevel.LOW);
    }
  }

  @Test
  void shouldClearWhenAPurchaseRemovesTheEvidence() {
    try (ChurnDriver driver = start(TestDefinitions.FIXED, stateDir)) {
      becomeOverdue(driver);
      CloudEvent bought = send(driver, days(56), purchase("25.00"));
      List<ChurnWarning> warnings = driver.warningsOf(ANNA);
      assertThat(warnings).extracting(ChurnWarning::typeName)
          .containsExactly(ChurnWarningRaised.TYPE, ChurnWarningCleared.TYPE);
      assertThat(warnings.get(1).causeEventId()).isEqualTo(bought.id());
      assertThat(((ChurnWarningCleared) warnings.get(1)).explanation()).contains("PURCHASE_OVERDUE");
    }
  }

  @Test
  void shouldClearTheWarningAndTombstoneTheRiskWhenTheCustomerIsErased() {
    try (ChurnDriver driver = start(TestDefinitions.FIXED, stateDir)) {
      becomeOverdue(driver);
      driver.erase(ANNA, days(56));

      List<ChurnWarning> warnings = driver.warningsOf(ANNA);
      assertThat(warnings).extracting(ChurnWarning::eventId).containsExactly("anna/w1/raised", "anna/w1/cleared");
      assertThat(((ChurnWarningCleared) warnings.get(1)).explanation()).contains("erased");
      driver.risks();
      List<org.apache.kafka.streams.KeyValue<String, ChurnRisk>> records = driver.riskRecords();
      assertThat(records.get(records.size() - 1).key).isEqualTo(ANNA);
      assertThat(records.get(records.size() - 1).value).as("a tombstone").isNull();
      assertThat(driver.driver.getKeyValueStore(ChurnTopology.CUSTOMER_STATE).get(ANNA)).isNull();

      tick(driver, days(300));
      assertThat(driver.warningsOf(ANNA)).hasSize(2);
    }
  }

  @Test
  void shouldNotFlapWhileTheScoreHoversAtTheThreshold() {
    Map<RiskSignal, Integer> points = new EnumMap<>(TestDefinitions.FIXED.scoring().points());
    points.put(RiskSignal.COMPLAINT_REOPENED, 35);
    points.put(RiskSignal.NPS_DETRACTOR, 5);
    ChurnConfig.Scoring s = TestDefinitions.FIXED.scoring();
    ChurnConfig config = TestDefinitions.FIXED.withScoring(
        new ChurnConfig.Scoring(points, s.graded(), s.correlatedShare(), s.mediumAt(), s.highAt(), s.hysteresis(), s.warningLevel()));
    try (ChurnDriver driver = start(config, stateDir)) {
      send(driver, hours(1), reopened("k-1"));
      send(driver, hours(1.1), responded("k-1"));
      for (int i = 0; i < 5; i++) {
        send(driver, hours(2 + i), survey(SurveyMetric.NPS, 3)); // 40: MEDIUM
        send(driver, hours(2.5 + i), survey(SurveyMetric.NPS, 9)); // 35: within the hysteresis margin
      }
      assertThat(driver.warningsOf(ANNA)).extracting(ChurnWarning::typeName).containsExactly(ChurnWarningRaised.TYPE);
      assertThat(driver.risksOf(ANNA)).extracting(ChurnRisk::score).contains(35, 40);
      assertThat(driver.latestRisk(ANNA).level()).isEqualTo(RiskLevel.MEDIUM);

      send(driver, hours(10), resolved("k-1"));
      assertThat(driver.warningsOf(ANNA)).extracting(ChurnWarning::typeName)
          .containsExactly(ChurnWarningRaised.TYPE, ChurnWarningCleared.TYPE);
    }
  }

  @Test
  void shouldKeepAtMostOneOpenWarningAndNumberTheNext() {
    try (ChurnDriver driver = start(TestDefinitions.FIXED, stateDir)) {
      becomeOverdue(driver);
      send(driver, days(55.5), complaint("k-1", Severity.HIGH)); // + response and resolution overdue
      tick(driver, days(57));
      send(driver, days(58), purchase("10.00"));
      send(driver, days(58.1), resolved("k-1"));
      send(driver, days(59), survey(SurveyMetric.NPS, 0));
      send(driver, days(59.1), survey(SurveyMetric.CSAT, 1));

      List<ChurnWarning> warnings = driver.warningsOf(ANNA);
      assertThat(warnings).extracting(ChurnWarning::eventId).containsExactly("anna/w1/raised",
          "anna/w1/escalated-1", "anna/w1/cleared", "anna/w2/raised");
      int open = 0;
      for (ChurnWarning w : warnings) {
        open += w instanceof ChurnWarningRaised ? 1 : w instanceof ChurnWarningCleared ? -1 : 0;
        assertThat(open).isBetween(0, 1);
      }
      assertThat(warnings).extracting(ChurnWarning::eventId).doesNotHaveDuplicates();
    }
  }

  @Test
  void shouldGiveTheSameRecordsWhenTheSameInputIsReplayed() {
    List<ChurnWarning> first;
    List<ChurnRisk> firstRisks;
    try (ChurnDriver driver = start(TestDefinitions.FIXED, stateDir.resolve("a"))) {
      becomeOverdue(driver);
      send(driver, days(56), survey(SurveyMetric.NPS, 2));
      send(driver, days(57), survey(SurveyMetric.CSAT, 1));
      send(driver, days(58), purchase("25.00"));
      tick(driver, days(200));
      first = driver.warnings();
      firstRisks = driver.risks();
    }
    List<CloudEvent> replay = List.copyOf(sent);
    try (ChurnDriver driver = start(TestDefinitions.FIXED, stateDir.resolve("b"))) {
      replay.forEach(driver::send);
      assertThat(driver.warnings()).isEqualTo(first);
      assertThat(driver.risks()).isEqualTo(firstRisks);
    }
    assertThat(first).extracting(ChurnWarning::eventId).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
  }
}
