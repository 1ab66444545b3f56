package dev.retention.segmentation.policy;

import static dev.retention.segmentation.Fixtures.day;
import static dev.retention.segmentation.Fixtures.days;
import static dev.retention.segmentation.Fixtures.purchasesAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.segmentation.Fixtures;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.state.CustomerFold;
import dev.retention.segmentation.state.CustomerState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LifecycleStagePolicyTest {

  private static final SegmentationConfig CONFIG = SegmentationConfig.DEFAULTS;
  private final LifecycleStagePolicy policy = new LifecycleStagePolicy(CONFIG);

  private static CustomerState boughtAt(double... days) {
    return purchasesAt(CONFIG, "20.00", days);
  }

  private Optional<LifecycleStage> stage(CustomerState s, Instant at) {
    return policy.stage(s, at);
  }

  @Test
  void shouldHaveNoStageBeforeTheFirstPurchase() {
    assertThat(stage(new CustomerFold(CONFIG).initial(), days(0))).isEmpty();
    assertThat(policy.nextReviewTime(new CustomerFold(CONFIG).initial(), days(0))).isEmpty();
  }

  @Test
  void shouldBeNewForThirtyDaysAfterTheFirstPurchase() {
    CustomerState s = boughtAt(0);

    assertThat(stage(s, days(0))).contains(LifecycleStage.NEW);
    assertThat(stage(s, days(29))).contains(LifecycleStage.NEW);
    assertThat(stage(s, days(30).minusMillis(1))).contains(LifecycleStage.NEW);
    assertThat(stage(s, days(30))).contains(LifecycleStage.ACTIVE);
    assertThat(stage(s, days(31))).contains(LifecycleStage.ACTIVE);
  }

  @Test
  void shouldBeAtRiskWhenOverdueAndLapseExactlyAtTheConfiguredPeriod() {
    CustomerState s = boughtAt(0);

    assertThat(stage(s, days(90).minusMillis(1))).contains(LifecycleStage.ACTIVE);
    assertThat(stage(s, days(90))).as("one purchase: overdue after 90 days").contains(LifecycleStage.AT_RISK);
    assertThat(stage(s, days(180).minusMillis(1))).contains(LifecycleStage.AT_RISK);
    assertThat(stage(s, days(180))).contains(LifecycleStage.LAPSED);
    assertThat(stage(s, days(2000))).contains(LifecycleStage.LAPSED);
  }

  @Test
  void shouldBeOverdueAfterTwiceTheCustomersOwnInterval() {
    CustomerState s = boughtAt(0, 10, 20, 30, 40);

    assertThat(stage(s, days(60).minusMillis(1))).contains(LifecycleStage.ACTIVE);
    assertThat(stage(s, days(60))).contains(LifecycleStage.AT_RISK);
  }

  @Test
  void shouldBeReactivatedByAPurchaseAfterALapseForNinetyDays() {
    CustomerState s = boughtAt(0, 200, 250);

    assertThat(stage(boughtAt(0), days(200).minusMillis(1))).contains(LifecycleStage.LAPSED);
    assertThat(stage(s, days(200))).contains(LifecycleStage.REACTIVATED);
    assertThat(stage(s, days(290).minusMillis(1))).contains(LifecycleStage.REACTIVATED);
    assertThat(stage(s, days(290))).contains(LifecycleStage.ACTIVE);
  }

  @Test
  void shouldNotCountAPurchaseJustBeforeTheLapseAsAReactivation() {
    CustomerFold fold = new CustomerFold(CONFIG);
    CustomerState s = fold.initial();
    for (Instant t : new Instant[] {days(0), days(180).minusMillis(1), days(185)}) {
      s = fold.apply(s, Fixtures.event(t, Fixtures.purchase("20.00")));
    }

    assertThat(stage(s, days(185))).contains(LifecycleStage.ACTIVE);
    assertThat(stage(boughtAt(0, 180, 185), days(185))).contains(LifecycleStage.REACTIVATED);
  }

  @Test
  void shouldBeAtRiskWhenPurchasesFellByHalfAtTheExactBoundary() {
    // evaluated on day 199: the activity window is days 110..199, the one before days 20..109
    CustomerState fell = boughtAt(0, 30, 50, 70, 90, 120, 150);             // 4 before, 2 now: -50 %
    CustomerState dipped = boughtAt(0, 30, 50, 70, 90, 120, 150, 180);      // 4 before, 3 now: -25 %

    CustomerMetrics m = CustomerMetrics.of(fell, days(199), CONFIG);
    assertThat(m.priorPurchases()).isEqualTo(4);
    assertThat(m.recentPurchases()).isEqualTo(2);
    assertThat(policy.activityFell(m)).isTrue();
    assertThat(stage(fell, days(199))).contains(LifecycleStage.AT_RISK);
    assertThat(stage(dipped, days(199))).contains(LifecycleStage.ACTIVE);
  }

  @Test
  void shouldNeedTwoPurchasesBeforeToCallADropATrend() {
    // evaluated on day 135: the activity window is days 46..135, the one before days -44..45
    CustomerMetrics two = CustomerMetrics.of(boughtAt(10, 45), day(135.5), CONFIG);
    CustomerMetrics one = CustomerMetrics.of(boughtAt(45), day(135.5), CONFIG);

    assertThat(two.priorPurchases()).isEqualTo(2);
    assertThat(two.recentPurchases()).isZero();
    assertThat(policy.activityFell(two)).isTrue();
    assertThat(one.priorPurchases()).isEqualTo(1);
    assertThat(policy.activityFell(one)).isFalse();
  }

  @Test
  void shouldBeMatureWithLongTenureAndSteadyPurchases() {
    double[] monthly = new double[13];
    for (int i = 0; i < monthly.length; i++) {
      monthly[i] = 30.0 * i;
    }
    CustomerState s = boughtAt(monthly);   // days 0..360

    assertThat(stage(s, days(365).minusMillis(1))).contains(LifecycleStage.ACTIVE);
    assertThat(stage(s, days(365))).contains(LifecycleStage.MATURE);
    assertThat(stage(s, days(395))).contains(LifecycleStage.MATURE);
    assertThat(stage(boughtAt(0, 300, 330, 360), days(395)))
        .as("long tenure, but only 3 purchases in the value window")
        .contains(LifecycleStage.ACTIVE);
  }

  @Test
  void shouldScheduleEveryStepOfACustomerWhoNeverComesBack() {
    CustomerState s = boughtAt(0);

    assertThat(policy.nextReviewTime(s, days(0))).contains(days(30));
    assertThat(policy.nextReviewTime(s, days(30))).contains(days(90));
    assertThat(policy.nextReviewTime(s, days(90))).contains(days(180));
    assertThat(stage(s, policy.nextReviewTime(s, days(90)).orElseThrow())).contains(LifecycleStage.LAPSED);
    assertThat(policy.nextReviewTime(s, days(180))).as("LAPSED lasts until the next purchase").isEmpty();
  }

  @Test
  void shouldScheduleTheEndOfAReactivation() {
    CustomerState s = boughtAt(0, 200, 250);

    assertThat(policy.nextReviewTime(s, days(251))).contains(days(290));
  }

  @Test
  void shouldScheduleExactlyTheNextChangeForAnyCustomer() {
    Random random = new Random(21);
    for (int customer = 0; customer < 40; customer++) {
      int n = 1 + random.nextInt(12);
      double[] days = new double[n];
      double t = 0;
      for (int i = 0; i < n; i++) {
        t += random.nextInt(3) == 0 ? random.nextDouble() * 200 : random.nextDouble() * 30;
        days[i] = t;
      }
      CustomerState s = boughtAt(days);
      Instant now = day(t);
      for (int step = 0; step < 8; step++) {
        Optional<LifecycleStage> current = stage(s, now);
        Optional<Instant> next = policy.nextReviewTime(s, now);
        Instant found = firstChangeByBruteForce(s, now, Duration.ofHours(1), Duration.ofDays(800));
        if (next.isEmpty()) {
          assertThat(found).as("customer %d at %s: no change ahead", customer, now).isNull();
          break;
        }
        Instant at = next.get();
        assertThat(found).as("customer %d: hourly scan finds the change in the hour before it", customer)
            .isBetween(at, at.plus(Duration.ofHours(1)));
        assertThat(stage(s, at.minusMillis(1))).isEqualTo(current);
        assertThat(stage(s, at)).isNotEqualTo(current);
        now = at;
      }
    }
  }

  private Instant firstChangeByBruteForce(CustomerState s, Instant from, Duration step, Duration horizon) {
    Optional<LifecycleStage> current = stage(s, from);
    for (Instant t = from.plus(step); t.isBefore(from.plus(horizon)); t = t.plus(step)) {
      if (!stage(s, t).equals(current)) {
        return t;
      }
    }
    return null;
  }
}
