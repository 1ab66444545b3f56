package dev.retention.churn.stream;

import static dev.retention.churn.Fixtures.contact;
import static dev.retention.churn.Fixtures.days;
import static dev.retention.churn.Fixtures.purchase;
import static dev.retention.churn.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.churn.TestDefinitions;
import dev.retention.churn.quality.QualityTopics;
import dev.retention.churn.quality.QualityWarning;
import dev.retention.churn.scoring.BgNbdBinding;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ChurnWarningCleared;
import dev.retention.contracts.churn.ChurnWarningRaised;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.InteractionData;
import dev.retention.contracts.events.LineItem;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SalesChannel;
import dev.retention.contracts.events.Severity;
import dev.retention.contracts.events.SurveyMetric;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.streams.StreamsDefaults;
import dev.retention.runtime.streams.StreamsSettings;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The churn detector on a real broker, run as in production (exactly_once_v2): the warnings of several customers
 * (raised by a timer, escalated, cleared) with the app closed and started again mid-stream, same application id and
 * an empty state directory; every warning arrives exactly once and equals what the topology gives for the same input
 * in a TopologyTestDriver.
 */
@KafkaCluster
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ChurnDetectorIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @BeforeAll
  static void createTopics(TestKafka kafka) {
    // every record kept: the test records carry historic timestamps, which retention or compaction would remove
    List<Topic<?, ?>> keptWhole = new ArrayList<>();
    for (Topic<?, ?> t : concat(Topics.all(), ChurnService.ownTopics())) {
      keptWhole.add(new Topic<>(t.name(), t.keySerde(), t.valueSerde(), t.partitions(), CleanupPolicy.DELETE,
          Optional.empty(), t.description()));
    }
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing(keptWhole);
  }

  @Test
  void shouldPublishEveryWarningExactlyOnceAcrossARestart(TestKafka kafka, @TempDir Path stateDir) {
    String prefix = kafka.uniqueApplicationId("churn");
    List<String> customers = List.of(prefix + "-a", prefix + "-b", prefix + "-c", prefix + "-d");
    List<CloudEvent> first = new ArrayList<>();
    List<CloudEvent> second = new ArrayList<>();
    int n = 0;
    for (String c : customers) {
      for (int d = 0; d <= 30; d += 10) {
        first.add(event(c, n++, days(d), purchase("20.00")));
      }
      first.add(event(c, n++, days(51), contact())); // the overdue timer (day 50) fires before it: raised
      first.add(event(c, n++, days(52), survey(SurveyMetric.NPS, 2)));
      second.add(event(c, n++, days(52.5), survey(SurveyMetric.CSAT, 1))); // escalated to HIGH
      second.add(event(c, n++, days(55), purchase("30.00"))); // back to MEDIUM: kept open
      second.add(event(c, n++, days(56), survey(SurveyMetric.NPS, 9))); // cleared
    }
    first.sort(Comparator.comparing(CloudEvent::time));
    second.sort(Comparator.comparing(CloudEvent::time));
    Map<String, List<String>> expected = expectedWarnings(stateDir.resolve("reference"), first, second, customers);
    assertThat(expected.get(customers.get(0))).hasSize(3);
    String applicationId = kafka.uniqueApplicationId(ChurnStreamConfig.APPLICATION_ID);

    try (ChurnService service = start(kafka, applicationId, stateDir.resolve("first"))) {
      produce(kafka, first);
      awaitWarnings(kafka, customers, ws -> ws.stream().anyMatch(ChurnWarningRaised.class::isInstance));
    }
    try (ChurnService restarted = start(kafka, applicationId, stateDir.resolve("second"))) {
      produce(kafka, second);
      awaitWarnings(kafka, customers, ws -> ws.stream().anyMatch(ChurnWarningCleared.class::isInstance));
    }

    Map<String, List<String>> published = byCustomer(readAll(kafka, Topics.CHURN_WARNINGS), customers,
        ChurnWarning::eventId);
    assertThat(published).isEqualTo(expected);
    Map<String, List<Integer>> scores = byCustomer(readAll(kafka, Topics.CHURN_RISK), customers, ChurnRisk::score);
    assertThat(scores.get(customers.get(0))).as("risk records in order").containsExactly(40, 60, 80, 40, 20);
  }

  @Test
  void shouldWarnTheProductTeamOfAComplaintSpike(TestKafka kafka, @TempDir Path stateDir) {
    String product = kafka.uniqueApplicationId("product");
    List<CloudEvent> events = new ArrayList<>();
    for (int d = 0; d < 35; d++) {
      String buyer = product + "-buyer-" + d;
      events.add(CloudEvent.of(buyer + "-p", "it", buyer, days(d + 0.1), new PurchaseCompleted("o-" + d,
          OrderKind.ORDER, Money.of("10.00", "EUR"), List.of(new LineItem(product, "music", 1, BigDecimal.TEN)),
          SalesChannel.WEB)));
      if (d >= 28) {
        events.add(CloudEvent.of(buyer + "-k", "it", buyer, days(d + 0.2), new ComplaintOpened("k-" + d, "quality",
            Severity.LOW, product, ContactChannel.EMAIL, false)));
      }
    }
    try (ChurnService service = start(kafka, kafka.uniqueApplicationId("churn-quality"), stateDir)) {
      produce(kafka, events);
      QualityWarning warning = kafka.awaitRecord(QualityTopics.PRODUCT_QUALITY.name(),
          QualityTopics.PRODUCT_QUALITY.keySerde().deserializer(),
          QualityTopics.PRODUCT_QUALITY.valueSerde().deserializer(), r -> r.key().equals(product),
          "a product-quality warning", WAIT).value();
      assertThat(warning.state()).isEqualTo(QualityWarning.State.RAISED);
      assertThat(warning.eventId()).isEqualTo(product + "/q1/raised");
    }
  }

  /** The warnings' event ids per customer that the same topology gives for the same input in a test driver. */
  private static Map<String, List<String>> expectedWarnings(Path dir, List<CloudEvent> first, List<CloudEvent> second,
      List<String> customers) {
    try (ChurnDriver driver = new ChurnDriver(config(), dir)) {
      first.forEach(driver::send);
      second.forEach(driver::send);
      Map<String, List<String>> expected = new LinkedHashMap<>();
      customers.forEach(c -> expected.put(c, driver.warningsOf(c).stream().map(ChurnWarning::eventId).toList()));
      return expected;
    }
  }

  /**
   * A grace of ten years: the tests share the topics, each writes historic event times from day 0, and every
   * application reads the topics from the beginning, so one test's early events sit behind another's later ones.
   */
  private static ChurnStreamConfig config() {
    return ChurnStreamConfig.of(TestDefinitions.FIXED, new BgNbdBinding()).withLateGrace(Duration.ofDays(3650));
  }

  private static CloudEvent event(String customer, int n, Instant at, InteractionData data) {
    return CloudEvent.of(customer + "-" + n, "it", customer, at, data);
  }

  private static void produce(TestKafka kafka, List<CloudEvent> events) {
    kafka.produce(Topics.INTERACTIONS.name(), Topics.INTERACTIONS.keySerde().serializer(),
        Topics.INTERACTIONS.valueSerde().serializer(),
        events.stream().map(e -> TimedRecord.of(e.subject(), e, e.time())).toList());
  }

  private static void awaitWarnings(TestKafka kafka, List<String> customers,
      java.util.function.Predicate<List<ChurnWarning>> each) {
    kafka.awaitRecords(Topics.CHURN_WARNINGS.name(), Topics.CHURN_WARNINGS.keySerde().deserializer(),
        Topics.CHURN_WARNINGS.valueSerde().deserializer(), records -> {
          Map<String, List<ChurnWarning>> of = new LinkedHashMap<>();
          customers.forEach(c -> of.put(c, new ArrayList<>()));
          records.stream().filter(r -> of.containsKey(r.key())).forEach(r -> of.get(r.key()).add(r.value()));
          return of.values().stream().allMatch(each);
        }, "a warning of every customer", WAIT);
  }

  private static <V, T> Map<String, List<T>> byCustomer(List<ConsumerRecord<String, V>> records,
      List<String> customers, java.util.function.Function<V, T> field) {
    Map<String, List<T>> grouped = new LinkedHashMap<>();
    customers.forEach(c -> grouped.put(c, new ArrayList<>()));
    records.stream().filter(r -> grouped.containsKey(r.key()))
        .forEach(r -> grouped.get(r.key()).add(field.apply(r.value())));
    return grouped;
  }

  /** Every committed record of the topic: reads each partition to its end. */
  static <V> List<ConsumerRecord<String, V>> readAll(TestKafka kafka, Topic<String, V> topic) {
    return kafka.readAll(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer(), WAIT);
  }

  /** The churn detector as the service runs it, with a short session so the restart takes seconds. */
  static ChurnService start(TestKafka kafka, String applicationId, Path stateDir) {
    StreamsSettings settings = new StreamsSettings(List.of(kafka.bootstrapServers().split(",")), applicationId,
        stateDir, 1, Duration.ofMillis(100), 1, 64L * 1024 * 1024);
    Properties properties = StreamsDefaults.properties(settings);
    properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
    properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
    ChurnService service = ChurnService.start(properties, config(), new SimpleMeterRegistry());
    service.app().awaitRunning(WAIT);
    return service;
  }

  private static List<Topic<?, ?>> concat(List<Topic<?, ?>> a, List<Topic<?, ?>> b) {
    List<Topic<?, ?>> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
