package dev.retention.churn.stream;

import static dev.retention.churn.Fixtures.complaint;
import static dev.retention.churn.Fixtures.contact;
import static dev.retention.churn.Fixtures.days;
import static dev.retention.churn.Fixtures.event;
import static dev.retention.churn.Fixtures.hours;
import static dev.retention.churn.Fixtures.purchase;
import static dev.retention.churn.Fixtures.refund;
import static dev.retention.churn.Fixtures.reopened;
import static dev.retention.churn.Fixtures.resolved;
import static dev.retention.churn.Fixtures.responded;
import static dev.retention.churn.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.churn.TestDefinitions;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.Severity;
import dev.retention.contracts.events.SurveyMetric;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.segments.ComplaintCounts;
import dev.retention.contracts.segments.CurrencySpend;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.RefundSummary;
import dev.retention.contracts.segments.SurveyScores;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every signal through the topology, with explicit event times; time-driven ones fired by stream time that another
 * customer's event moves ("clock").
 */
class SignalsTopologyTest {

  private static final String ANNA = "anna";
  private static final String CLOCK = "clock";

  @TempDir
  Path stateDir;

  private ChurnDriver driver;

  @BeforeEach
  void start() {
    driver = new ChurnDriver(ChurnStreamConfig.of(TestDefinitions.FIXED, new FakeModels()), stateDir);
  }

  @AfterEach
  void close() {
    driver.close();
  }

  private CloudEvent send(Instant at, dev.retention.contracts.events.InteractionData data) {
    CloudEvent e = event(ANNA, at, data);
    driver.send(e);
    return e;
  }

  private void tick(Instant at) {
    driver.send(event(CLOCK, at, contact()));
  }

  private Optional<RiskReason> reason(ChurnRisk risk, RiskSignal signal) {
    return risk.reasons().stream().filter(r -> r.signal() == signal).findFirst();
  }

  private static Measure measure(RiskReason reason, String name) {
    return reason.measures().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void shouldFlagAnActivityDropAtMidnightWithNoEvent() {
    for (int d = 1; d <= 4; d++) {
      send(days(d + 0.5), contact());
    }
    tick(days(100));

    ChurnRisk risk = driver.latestRisk(ANNA);
    // on day 93 the window of the last 90 days holds only the contact of day 4, against 3 in the 90 days before
    assertThat(risk.asOf()).isEqualTo(days(93));
    RiskReason drop = reason(risk, RiskSignal.ACTIVITY_DROP).orElseThrow();
    assertThat(drop.points()).isEqualTo(30);
    assertThat(measure(drop, "countLastWindow").value()).isEqualTo(1);
    assertThat(measure(drop, "countPreviousWindow").value()).isEqualTo(3);
    assertThat(measure(drop, "dropPercent").threshold()).isEqualTo(50);
    assertThat(risk.level()).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void shouldNotFlagADropOfLessThanHalf() {
    for (int d = 1; d <= 4; d++) {
      send(days(d + 0.5), contact());
    }
    send(days(80), contact());
    send(days(85), contact());
    send(days(90), contact());
    send(days(96), contact());
    assertThat(driver.risksOf(ANNA)).allSatisfy(r -> assertThat(reason(r, RiskSignal.ACTIVITY_DROP)).isEmpty());
  }

  @Test
  void shouldFlagAnOverduePurchaseAtKTimesTheTypicalInterval() {
    CloudEvent last = null;
    for (int d = 0; d <= 30; d += 10) {
      last = send(days(d), purchase("20.00"));
    }
    tick(days(49.9));
    assertThat(driver.risksOf(ANNA)).isEmpty();

    tick(days(60));

    ChurnRisk risk = driver.latestRisk(ANNA);
    assertThat(risk.asOf()).isEqualTo(days(50));
    RiskReason overdue = reason(risk, RiskSignal.PURCHASE_OVERDUE).orElseThrow();
    assertThat(overdue.since()).isEqualTo(days(50));
    assertThat(overdue.eventIds()).containsExactly(last.id());
    assertThat(measure(overdue, "daysSinceLastPurchase").threshold()).isEqualTo(20.0);
    assertThat(measure(overdue, "typicalIntervalDays").value()).isEqualTo(10.0);
    assertThat(risk.score()).isEqualTo(40);
    assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void shouldUseTheSegmentationsTypicalIntervalAndTier() {
    CloudEvent last = send(days(0), purchase("20.00"));
    last = send(days(5), purchase("20.00"));
    Money spend = Money.of("40.00", "EUR");
    driver.send(new CustomerValue(ANNA, days(5), "seg-1", days(0), days(5), 2, 2, 5, spend, spend,
        List.of(new CurrencySpend("EUR", new BigDecimal("40.00"))), null, ValueTier.HIGH,
        FrequencyClass.HIGH_FREQUENCY, LifecycleStage.NEW, new RefundSummary(0, Money.of("0", "EUR")), List.of(),
        ComplaintCounts.NONE, SurveyScores.NONE, List.of(), List.of()));
    tick(days(20));

    ChurnRisk risk = driver.latestRisk(ANNA);
    // two purchases are too few for an own interval; the segmentation's 5 days makes the purchase due at day 15
    assertThat(risk.asOf()).isEqualTo(days(15));
    assertThat(reason(risk, RiskSignal.PURCHASE_OVERDUE).orElseThrow().eventIds()).containsExactly(last.id());
    assertThat(risk.valueTier()).isEqualTo(ValueTier.HIGH);
  }

  @Test
  void shouldFlagAOneTimeBuyerWhoDoesNotComeBack() {
    CloudEvent first = send(days(0), purchase("20.00"));
    tick(days(200));

    ChurnRisk risk = driver.latestRisk(ANNA);
    assertThat(risk.asOf()).isEqualTo(days(120));
    RiskReason noRepeat = reason(risk, RiskSignal.NO_REPEAT_PURCHASE).orElseThrow();
    assertThat(noRepeat.eventIds()).containsExactly(first.id());
    assertThat(reason(risk, RiskSignal.PURCHASE_OVERDUE)).isEmpty();
  }

  @Test
  void shouldFlagLowPAliveWhenTheModelSaysSoAndScoreWithThePrediction() {
    driver.publish(FakeModels.parameters(2.0, days(0)));
    driver.publish(FakeModels.spend(days(0)));
    send(days(0), purchase("20.00"));
    send(days(7), purchase("30.00"));
    tick(days(60));

    ChurnRisk risk = driver.latestRisk(ANNA);
    RiskReason low = reason(risk, RiskSignal.LOW_P_ALIVE).orElseThrow();
    // P(alive) halves every 2 weeks without a purchase: below 0.3 after 2 * log2(1/0.3) = 3.47 weeks
    Instant crossing = days(7 + 7 * 2 * (Math.log(1 / 0.3) / Math.log(2)));
    assertThat(low.since()).isBetween(crossing.minusSeconds(1), crossing.plusSeconds(1));
    assertThat(risk.asOf()).isEqualTo(low.since());
    assertThat(risk.prediction()).isNotNull();
    assertThat(risk.prediction().pAlive()).isLessThan(0.3);
    assertThat(risk.prediction().model()).startsWith("fake@");
    assertThat(risk.prediction().expectedSpendPerPurchase().amount()).isEqualByComparingTo("30.00");
    assertThat(risk.prediction().potentialTier()).isNotNull();
  }

  @Test
  void shouldFlagAComplaintWithoutFirstResponseWithinTheSla() {
    CloudEvent opened = send(hours(10), complaint("k-1", Severity.HIGH));
    tick(hours(13));

    ChurnRisk risk = driver.latestRisk(ANNA);
    assertThat(risk.asOf()).isEqualTo(hours(12));
    RiskReason late = reason(risk, RiskSignal.COMPLAINT_RESPONSE_OVERDUE).orElseThrow();
    assertThat(late.eventIds()).containsExactly(opened.id());
    assertThat(measure(late, "hoursWaiting").threshold()).isEqualTo(2.0);

    send(hours(14), responded("k-1"));
    assertThat(reason(driver.latestRisk(ANNA), RiskSignal.COMPLAINT_RESPONSE_OVERDUE)).isEmpty();
  }

  @Test
  void shouldFlagAComplaintNotResolvedWithinTheSlaAndClearItOnResolution() {
    send(hours(10), complaint("k-1", Severity.LOW));
    send(hours(11), responded("k-1"));
    tick(hours(40));

    ChurnRisk risk = driver.latestRisk(ANNA);
    assertThat(risk.asOf()).isEqualTo(hours(34));
    assertThat(risk.reasons()).extracting(RiskReason::signal)
        .containsExactly(RiskSignal.COMPLAINT_RESOLUTION_OVERDUE);

    send(hours(41), resolved("k-1"));
    assertThat(driver.latestRisk(ANNA).reasons()).isEmpty();
    assertThat(driver.latestRisk(ANNA).score()).isZero();
  }

  @Test
  void shouldFlagAReopenedComplaintUntilItIsResolved() {
    CloudEvent again = send(hours(1), reopened("k-7"));
    send(hours(1.5), responded("k-7"));
    RiskReason reason = reason(driver.latestRisk(ANNA), RiskSignal.COMPLAINT_REOPENED).orElseThrow();
    assertThat(reason.eventIds()).containsExactly(again.id());

    send(hours(2), resolved("k-7"));
    assertThat(driver.latestRisk(ANNA).reasons()).isEmpty();
  }

  @Test
  void shouldFlagRepeatedComplaintsUntilTheFirstLeavesTheWindow() {
    for (int i = 0; i < 3; i++) {
      String id = "k-" + i;
      send(days(i * 5), complaint(id, Severity.LOW));
      send(days(i * 5).plusSeconds(60), responded(id));
      send(days(i * 5).plusSeconds(120), resolved(id));
    }
    RiskReason repeated = reason(driver.latestRisk(ANNA), RiskSignal.REPEATED_COMPLAINTS).orElseThrow();
    assertThat(repeated.eventIds()).hasSize(3);
    assertThat(repeated.since()).isEqualTo(days(10));

    tick(days(40));
    ChurnRisk after = driver.latestRisk(ANNA);
    assertThat(after.asOf()).isEqualTo(days(30));
    assertThat(after.reasons()).isEmpty();
  }

  @Test
  void shouldFlagAnNpsDetractorForAsLongAsTheAnswerIsValid() {
    CloudEvent answer = send(days(1), survey(SurveyMetric.NPS, 5));
    RiskReason detractor = reason(driver.latestRisk(ANNA), RiskSignal.NPS_DETRACTOR).orElseThrow();
    assertThat(detractor.eventIds()).containsExactly(answer.id());
    assertThat(detractor.measures()).containsExactly(Measure.of("npsScore", 5, 6, "score"));

    tick(days(100));
    assertThat(driver.latestRisk(ANNA).asOf()).isEqualTo(days(91));
    assertThat(driver.latestRisk(ANNA).reasons()).isEmpty();
  }

  @Test
  void shouldFlagAnNpsDetractorAtOnceWhenItsTimeHasMoreThanMillisecondPrecision() {
    send(days(1).plusNanos(123_456), survey(SurveyMetric.NPS, 2));
    assertThat(reason(driver.latestRisk(ANNA), RiskSignal.NPS_DETRACTOR)).isPresent();
  }

  @Test
  void shouldNotFlagAPassiveNpsAnswer() {
    send(days(1), survey(SurveyMetric.NPS, 7));
    assertThat(driver.risksOf(ANNA)).isEmpty();
  }

  @Test
  void shouldFlagALowCsat() {
    send(days(1), survey(SurveyMetric.CSAT, 2));
    assertThat(driver.latestRisk(ANNA).reasons()).extracting(RiskReason::signal)
        .containsExactly(RiskSignal.LOW_CSAT);
  }

  @Test
  void shouldFlagASatisfactionDropAgainstTheLastAnswer() {
    send(days(1), survey(SurveyMetric.NPS, 10));
    CloudEvent lower = send(days(2), survey(SurveyMetric.NPS, 7));
    RiskReason drop = reason(driver.latestRisk(ANNA), RiskSignal.SATISFACTION_DROP).orElseThrow();
    assertThat(drop.eventIds()).containsExactly(lower.id());
    assertThat(measure(drop, "npsDrop").value()).isEqualTo(3);
    assertThat(driver.latestRisk(ANNA).reasons()).hasSize(1);
  }

  @Test
  void shouldFlagARefundSpikeAgainstTheCustomersOwnNormal() {
    send(days(0), purchase("50.00"));
    CloudEvent first = send(days(200), refund());
    assertThat(driver.risksOf(ANNA).stream().filter(r -> reason(r, RiskSignal.REFUND_SPIKE).isPresent())).isEmpty();
    CloudEvent second = send(days(201), refund());

    RiskReason spike = reason(driver.latestRisk(ANNA), RiskSignal.REFUND_SPIKE).orElseThrow();
    assertThat(spike.eventIds()).containsExactly(first.id(), second.id());
    assertThat(spike.since()).isEqualTo(days(201));

    tick(days(240));
    assertThat(reason(driver.latestRisk(ANNA), RiskSignal.REFUND_SPIKE)).isEmpty();
    assertThat(driver.latestRisk(ANNA).asOf()).isEqualTo(days(230));
  }

  @Test
  void shouldNotFlagRefundsAtTheCustomersUsualRate() {
    for (int d = 0; d < 180; d += 15) {
      send(days(d), refund());
    }
    assertThat(driver.risksOf(ANNA).stream().filter(r -> reason(r, RiskSignal.REFUND_SPIKE).isPresent())
        .map(ChurnRisk::asOf).toList()).allSatisfy(t -> assertThat(t).isBefore(days(100)));
    assertThat(reason(driver.latestRisk(ANNA), RiskSignal.REFUND_SPIKE)).isEmpty();
  }

  @Test
  void shouldPublishEachCustomersPurchaseHistoryForTheTrainer() {
    send(days(0), purchase("20.00"));
    send(days(0.2), purchase("5.00"));
    send(days(14), purchase("30.00"));
    List<CustomerPurchases> histories = driver.histories();
    CustomerPurchases last = histories.get(histories.size() - 1);
    assertThat(last.repeats()).isEqualTo(1);
    assertThat(last.txWeeks()).isEqualTo(2.0);
    assertThat(last.meanRepeatSpend()).isEqualTo(30.0);
  }
}
