package dev.retention.churn.stream;

import static dev.retention.churn.Fixtures.days;
import static dev.retention.churn.Fixtures.event;
import static dev.retention.churn.Fixtures.responded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.churn.TestDefinitions;
import dev.retention.churn.quality.QualityTopics;
import dev.retention.churn.quality.QualityWarning;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.LineItem;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SalesChannel;
import dev.retention.contracts.events.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Product- and service-quality warnings across customers, on their own topics. */
class QualityTopologyTest {

  @TempDir
  Path stateDir;

  private ChurnDriver driver;
  private TestOutputTopic<String, QualityWarning> products;
  private TestOutputTopic<String, QualityWarning> service;
  private int n;

  @BeforeEach
  void start() {
    // a long grace: these tests send a product's observations out of order by weeks on purpose, as the quality
    // topic sees them when they come from many partitions; late-event handling is LateEventsTopologyTest's
    driver = new ChurnDriver(ChurnStreamConfig.of(TestDefinitions.FIXED, new FakeModels())
        .withLateGrace(Duration.ofDays(365)), stateDir);
    products = driver.driver.createOutputTopic(QualityTopics.PRODUCT_QUALITY.name(),
        QualityTopics.PRODUCT_QUALITY.keySerde().deserializer(),
        QualityTopics.PRODUCT_QUALITY.valueSerde().deserializer());
    service = driver.driver.createOutputTopic(QualityTopics.SERVICE_QUALITY.name(),
        QualityTopics.SERVICE_QUALITY.keySerde().deserializer(),
        QualityTopics.SERVICE_QUALITY.valueSerde().deserializer());
  }

  @AfterEach
  void close() {
    driver.close();
  }

  private void sale(String product, Instant at) {
    String customer = "c" + (n++);
    driver.send(event(customer, at, new PurchaseCompleted("o-" + n, OrderKind.ORDER, Money.of("10.00", "EUR"),
        List.of(new LineItem(product, "music", 1, new BigDecimal("10.00"))), SalesChannel.WEB)));
  }

  private void complaint(String product, Instant at, Instant answeredAt) {
    String customer = "c" + (n++);
    String id = "k-" + n;
    driver.send(event(customer, at, new ComplaintOpened(id, "quality", Severity.MEDIUM, product,
        ContactChannel.EMAIL, false)));
    if (answeredAt != null) {
      driver.send(event(customer, answeredAt, responded(id)));
    }
  }

  @Test
  void shouldWarnWhenAProductsComplaintRateSpikesAndClearWhenItIsNormalAgain() {
    for (int d = 0; d < 28; d++) {
      sale("p-1", days(d + 0.1));
    }
    for (int d = 28; d < 35; d++) {
      sale("p-1", days(d + 0.1));
      complaint("p-1", days(d + 0.2), null);
    }
    List<QualityWarning> raised = products.readValuesToList();
    assertThat(raised).singleElement().satisfies(w -> {
      assertThat(w.subject()).isEqualTo("p-1");
      assertThat(w.state()).isEqualTo(QualityWarning.State.RAISED);
      assertThat(w.eventId()).isEqualTo("p-1/q1/raised");
      assertThat(w.problems()).isEqualTo(5);
      assertThat(w.at()).isEqualTo(days(32.2));
    });

    for (int d = 35; d < 50; d++) {
      sale("p-1", days(d + 0.1));
    }
    assertThat(products.readValuesToList()).singleElement().satisfies(w -> {
      assertThat(w.state()).isEqualTo(QualityWarning.State.CLEARED);
      assertThat(w.eventId()).isEqualTo("p-1/q1/cleared");
    });
  }

  @Test
  void shouldWarnWhenTheBaselineArrivesAfterTheSpike() {
    // re-keyed from many partitions, a product's observations arrive out of order
    for (int d = 28; d < 35; d++) {
      sale("p-3", days(d + 0.1));
      complaint("p-3", days(d + 0.2), null);
    }
    assertThat(products.readValuesToList()).isEmpty();
    for (int d = 0; d < 28; d++) {
      sale("p-3", days(d + 0.1));
    }
    assertThat(products.readValuesToList()).singleElement()
        .satisfies(w -> assertThat(w.state()).isEqualTo(QualityWarning.State.RAISED));
  }

  @Test
  void shouldNotWarnForAProductThatAlwaysHadThatRate() {
    for (int d = 0; d < 35; d++) {
      sale("p-2", days(d + 0.1));
      sale("p-2", days(d + 0.15));
      complaint("p-2", days(d + 0.2), null);
    }
    assertThat(products.readValuesToList()).isEmpty();
  }

  @Test
  void shouldWarnWhenFirstResponsesAfterTheSlaSpike() {
    for (int d = 0; d < 28; d++) {
      complaint(null, days(d + 0.1), days(d + 0.12));
    }
    for (int d = 28; d < 33; d++) {
      complaint(null, days(d + 0.1), days(d + 0.5)); // answered after hours, the SLA is 2
    }
    assertThat(service.readValuesToList()).singleElement().satisfies(w -> {
      assertThat(w.subject()).isEqualTo("service");
      assertThat(w.state()).isEqualTo(QualityWarning.State.RAISED);
      assertThat(w.problems()).isEqualTo(5);
      assertThat(w.rate()).as("5 late of the 7 answered in the last 7 days").isEqualTo(5 / 7d);
      assertThat(w.baselineRate()).isZero();
    });
  }
}
