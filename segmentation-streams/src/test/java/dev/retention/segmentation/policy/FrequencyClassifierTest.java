package dev.retention.segmentation.policy;

import static dev.retention.segmentation.Fixtures.day;
import static dev.retention.segmentation.Fixtures.days;
import static dev.retention.segmentation.Fixtures.purchasesAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.segmentation.config.FrequencyRules;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.state.CustomerFold;
import dev.retention.segmentation.state.CustomerState;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FrequencyClassifierTest {

  private static final SegmentationConfig CONFIG = SegmentationConfig.DEFAULTS;
  private final FrequencyClassifier classifier = new FrequencyClassifier(CONFIG);

  private static CustomerState boughtAt(double... days) {
    return purchasesAt(CONFIG, "20.00", days);
  }

  @Test
  void shouldHaveNoClassBeforeTheFirstPurchase() {
    assertThat(classifier.classify(new CustomerFold(CONFIG).initial(), days(0))).isEmpty();
  }

  @Test
  void shouldBeHighFrequencyFromSixPurchasesInTheValueWindow() {
    assertThat(classifier.classify(boughtAt(0, 10, 20, 30, 40, 50), days(50)))
        .contains(FrequencyClass.HIGH_FREQUENCY);
    assertThat(classifier.classify(boughtAt(0, 10, 20, 30, 40), days(40)))
        .contains(FrequencyClass.LOW_FREQUENCY);
  }

  @Test
  void shouldBePotentialChurnExactlyAtTwiceTheTypicalInterval() {
    CustomerState s = boughtAt(0, 10, 20);   // typical interval 10 days

    assertThat(classifier.overdueAt(CustomerMetrics.of(s, days(20), CONFIG))).contains(days(40));
    assertThat(classifier.classify(s, days(40).minusMillis(1))).contains(FrequencyClass.LOW_FREQUENCY);
    assertThat(classifier.classify(s, days(40))).contains(FrequencyClass.POTENTIAL_CHURN);
  }

  @Test
  void shouldUseTheConfiguredFactor() {
    SegmentationConfig k15 = CONFIG.withFrequency(new FrequencyRules(6, new BigDecimal("1.5"), 3, 8,
        Duration.ofDays(90)));
    CustomerState s = purchasesAt(k15, "20.00", 0, 10, 20);

    assertThat(new FrequencyClassifier(k15).classify(s, days(35).minusMillis(1)))
        .contains(FrequencyClass.LOW_FREQUENCY);
    assertThat(new FrequencyClassifier(k15).classify(s, days(35))).contains(FrequencyClass.POTENTIAL_CHURN);
  }

  @Test
  void shouldGiveCustomersWithTooFewPurchasesAFixedGrace() {
    CustomerState two = boughtAt(0, 10);

    assertThat(CustomerMetrics.of(two, days(10), CONFIG).typicalInterval()).isNull();
    assertThat(classifier.classify(two, days(100).minusMillis(1))).contains(FrequencyClass.LOW_FREQUENCY);
    assertThat(classifier.classify(two, days(100))).contains(FrequencyClass.POTENTIAL_CHURN);
  }

  @Test
  void shouldNeverCallACustomerOverdueWithinADay() {
    CustomerState burst = boughtAt(0, 0.001, 0.002, 0.003);   // gaps of 86 seconds

    assertThat(classifier.classify(burst, days(1))).contains(FrequencyClass.LOW_FREQUENCY);
    assertThat(classifier.overdueAt(CustomerMetrics.of(burst, days(1), CONFIG)))
        .contains(day(0.003).plus(Duration.ofDays(1)));
  }

  @Test
  void shouldScheduleTheMomentACustomerBecomesOverdue() {
    assertThat(classifier.nextChangeTime(boughtAt(0, 10, 20), days(20))).contains(days(40));
    assertThat(classifier.nextChangeTime(boughtAt(0, 10, 20), days(40))).isEmpty();
  }
}
