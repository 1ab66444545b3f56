package dev.retention.segmentation.stream;

import static dev.retention.segmentation.Fixtures.T0;
import static dev.retention.segmentation.Fixtures.days;
import static dev.retention.segmentation.Fixtures.item;
import static dev.retention.segmentation.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.InteractionData;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.LifecycleStageChanged;
import dev.retention.contracts.segments.SegmentChange;
import dev.retention.contracts.segments.TierChanged;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.streams.StreamsDefaults;
import dev.retention.runtime.streams.StreamsSettings;
import dev.retention.segmentation.Fixtures;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.policy.CustomerSegments;
import dev.retention.segmentation.policy.Segmenter;
import dev.retention.segmentation.state.CustomerFold;
import dev.retention.segmentation.state.CustomerState;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The segmentation on a real broker, run as in production ({@link SegmentationService}: exactly_once_v2): events in,
 * customer values and segment changes out, compared with the definitions applied directly to the same events; the
 * app is restarted mid-stream with an empty state directory, and nothing is lost or counted twice.
 */
@KafkaCluster
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SegmentationIT {

  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final SegmentationConfig DEFINITIONS = SegmentationConfig.DEFAULTS;

  @BeforeAll
  static void createCatalogTopics(TestKafka kafka) {
    // every record kept: the test records carry historic timestamps, which 30-day retention or compaction would
    // remove mid-test
    List<Topic<?, ?>> keptWhole = Topics.all().stream()
        .<Topic<?, ?>>map(t -> new Topic<>(t.name(), t.keySerde(), t.valueSerde(), t.partitions(),
            CleanupPolicy.DELETE, Optional.empty(), t.description()))
        .toList();
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing(keptWhole);
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing(SegmentationService.ownTopics());
  }

  @Test
  void shouldPublishWhatTheDefinitionsSayAcrossARestart(TestKafka kafka, @TempDir Path stateDir) {
    String prefix = kafka.uniqueApplicationId("seg");
    String lapsing = prefix + "-lapsing";
    String neighbour = neighbourOf(lapsing, prefix);
    List<String> regulars = List.of(prefix + "-a", prefix + "-b", prefix + "-c");

    Map<String, List<CloudEvent>> byCustomer = new LinkedHashMap<>();
    List<CloudEvent> first = new ArrayList<>();
    List<CloudEvent> second = new ArrayList<>();
    add(byCustomer, first, event(lapsing + "-1", lapsing, T0, purchase("80.00")));
    for (int i = 0; i < 12; i++) {
      List<CloudEvent> half = i < 6 ? first : second;
      add(byCustomer, half, event(neighbour + "-" + i, neighbour, days(10L + 20L * i), purchase("30.00")));
      for (int c = 0; c < regulars.size(); c++) {
        String customer = regulars.get(c);
        InteractionData data = i % 4 == 3
            ? Fixtures.contact(ContactChannel.PHONE, ContactDirection.INBOUND)
            : purchase((40 + 35 * c) + ".00", c == 2 ? "USD" : "EUR", item("sku-" + i % 3, "cat-" + c, 1,
                (40 + 35 * c) + ".00"));
        add(byCustomer, half, event(customer + "-" + i, customer, days(5L + 18L * i + c), data));
      }
    }
    // in time order, as the ingestion validator would publish them: a customer's neighbours on a partition are
    // never further apart than the grace
    first.sort(Comparator.comparing(CloudEvent::time));
    second.sort(Comparator.comparing(CloudEvent::time));
    CloudEvent late = event(regulars.get(0) + "-late", regulars.get(0), days(20), purchase("999.00"));
    String applicationId = kafka.uniqueApplicationId(SegmentationStreamConfig.APPLICATION_ID);

    try (SegmentationService service = start(kafka, applicationId, stateDir.resolve("first"))) {
      produce(kafka, first);
      awaitValues(kafka, byCustomer, first);
    }
    try (SegmentationService restarted = start(kafka, applicationId, stateDir.resolve("second"))) {
      produce(kafka, second);
      produce(kafka, List.of(late));
      awaitValues(kafka, byCustomer, byCustomer.values().stream().flatMap(List::stream).toList());
      kafka.awaitRecord(Topics.DEAD_LETTER.name(), Topics.DEAD_LETTER.keySerde().deserializer(),
          Topics.DEAD_LETTER.valueSerde().deserializer(), r -> r.key().equals(regulars.get(0)), "the late event",
          WAIT);
    }

    Map<String, List<CustomerValue>> values = groupByKey(readAll(kafka, Topics.CUSTOMER_VALUE), byCustomer);
    Map<String, List<SegmentChange>> changes = groupByKey(readAll(kafka, Topics.SEGMENT_CHANGES), byCustomer);
    Segmenter segmenter = new Segmenter(DEFINITIONS);
    for (Map.Entry<String, List<CloudEvent>> customer : byCustomer.entrySet()) {
      CustomerState state = fold(customer.getValue());
      List<CustomerValue> published = values.get(customer.getKey());
      CustomerValue last = published.get(published.size() - 1);
      CustomerSegments expected = segmenter.evaluate(state, last.asOf(),
          segmenter.populationCuts(Optional.empty()));
      assertThat(last.purchaseCount()).as(customer.getKey()).isEqualTo(state.purchases().count());
      assertThat(last.spend().amount()).as(customer.getKey()).isEqualTo(state.purchases().spend());
      assertThat(last.spendLast12Months().amount()).isEqualTo(expected.metrics().valueWindow().spend());
      assertThat(last.valueTier().name()).as(customer.getKey()).isEqualTo(expected.tier().name());
      assertThat(last.frequencyClass().name()).isEqualTo(expected.frequencyClass().name());
      assertThat(last.lifecycleStage().name()).as(customer.getKey()).isEqualTo(expected.stage().name());
      assertThat(published).extracting(CustomerValue::asOf).as("asOf never goes back").isSorted();
      assertOneChangePerRealChange(customer.getKey(), changes.get(customer.getKey()), published);
      if (last.rfmScores() != null) {
        assertThat(last.rfmScores().frequency()).isBetween(1, 5);
      }
    }
    // after the restart the global store of population summaries is restored before processing resumes
    assertThat(values.get(regulars.get(1))).as("scored against the published population")
        .anySatisfy(v -> assertThat(v.rfmScores()).isNotNull());
    assertThat(changes.get(lapsing)).as("a lapse with no event from the customer").contains(
        new LifecycleStageChanged(lapsing, LifecycleStage.AT_RISK, LifecycleStage.LAPSED, days(180), null,
            DEFINITIONS.definitionsVersion()));
    List<DeadLetter> dead = readAll(kafka, Topics.DEAD_LETTER).stream()
        .filter(r -> r.key().equals(regulars.get(0))).map(ConsumerRecord::value).toList();
    assertThat(dead).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo(RejectReason.LATE_EVENT));
  }

  /** Each change continues from the one before (nothing published twice or skipped) and matches a value. */
  private static void assertOneChangePerRealChange(String customer, List<SegmentChange> changes,
      List<CustomerValue> values) {
    List<TierChanged> tiers = changes.stream().filter(TierChanged.class::isInstance).map(TierChanged.class::cast)
        .toList();
    List<LifecycleStageChanged> stages = changes.stream().filter(LifecycleStageChanged.class::isInstance)
        .map(LifecycleStageChanged.class::cast).toList();
    assertThat(tiers.get(0).from()).as(customer).isNull();
    assertThat(stages.get(0).from()).as(customer).isNull();
    for (int i = 1; i < tiers.size(); i++) {
      assertThat(tiers.get(i).from()).as(customer + " tier change " + i).isEqualTo(tiers.get(i - 1).to());
    }
    for (int i = 1; i < stages.size(); i++) {
      assertThat(stages.get(i).from()).as(customer + " stage change " + i).isEqualTo(stages.get(i - 1).to());
    }
    CustomerValue last = values.get(values.size() - 1);
    assertThat(tiers.get(tiers.size() - 1).to()).isEqualTo(last.valueTier());
    assertThat(stages.get(stages.size() - 1).to()).isEqualTo(last.lifecycleStage());
  }

  private static CustomerState fold(List<CloudEvent> events) {
    CustomerFold fold = new CustomerFold(DEFINITIONS);
    CustomerState state = fold.initial();
    for (CloudEvent e : events) {
      state = fold.apply(state, e);
    }
    return state;
  }

  /** A customer id on the same partition as {@code customer}, so that its events move that partition's time. */
  private static String neighbourOf(String customer, String prefix) {
    int partitions = Topics.INTERACTIONS.partitions();
    int target = partitionOf(customer, partitions);
    for (int i = 0; ; i++) {
      String candidate = prefix + "-n" + i;
      if (partitionOf(candidate, partitions) == target) {
        return candidate;
      }
    }
  }

  private static int partitionOf(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  private static void add(Map<String, List<CloudEvent>> byCustomer, List<CloudEvent> half, CloudEvent event) {
    byCustomer.computeIfAbsent(event.subject(), k -> new ArrayList<>()).add(event);
    half.add(event);
  }

  private static CloudEvent event(String id, String customer, Instant time, InteractionData data) {
    return CloudEvent.of(id, "it", customer, time, data);
  }

  private static void produce(TestKafka kafka, List<CloudEvent> events) {
    kafka.produce(Topics.INTERACTIONS.name(), Topics.INTERACTIONS.keySerde().serializer(),
        Topics.INTERACTIONS.valueSerde().serializer(),
        events.stream().map(e -> TimedRecord.of(e.subject(), e, e.time())).toList());
  }

  /** Waits until every customer's latest value counts every purchase among {@code sent}. */
  private static void awaitValues(TestKafka kafka, Map<String, List<CloudEvent>> byCustomer, List<CloudEvent> sent) {
    Map<String, Integer> purchases = new LinkedHashMap<>();
    for (String customer : byCustomer.keySet()) {
      purchases.put(customer, fold(sent.stream().filter(e -> e.subject().equals(customer)).toList())
          .purchases().count());
    }
    kafka.awaitRecords(Topics.CUSTOMER_VALUE.name(), Topics.CUSTOMER_VALUE.keySerde().deserializer(),
        Topics.CUSTOMER_VALUE.valueSerde().deserializer(), records -> {
          Map<String, Integer> latest = new LinkedHashMap<>();
          records.forEach(r -> latest.put(r.key(), r.value().purchaseCount()));
          return purchases.entrySet().stream().allMatch(e -> e.getValue().equals(latest.get(e.getKey())));
        }, "every purchase counted", WAIT);
  }

  private static <V> Map<String, List<V>> groupByKey(List<ConsumerRecord<String, V>> records,
      Map<String, List<CloudEvent>> customers) {
    Map<String, List<V>> grouped = new LinkedHashMap<>();
    customers.keySet().forEach(c -> grouped.put(c, new ArrayList<>()));
    records.stream().filter(r -> grouped.containsKey(r.key()))
        .forEach(r -> grouped.get(r.key()).add(r.value()));
    return grouped;
  }

  /** Every committed record of the topic: reads each partition to its end (no transaction is open any more). */
  private static <V> List<ConsumerRecord<String, V>> readAll(TestKafka kafka, Topic<String, V> topic) {
    return kafka.readAll(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer(), WAIT);
  }

  /**
   * The segmentation as the service runs it (the platform's Streams defaults), with two threads and 100 ms commits;
   * returns once it is RUNNING. The session is short, so that the restart takes seconds.
   */
  private static SegmentationService start(TestKafka kafka, String applicationId, Path stateDir) {
    StreamsSettings settings = new StreamsSettings(List.of(kafka.bootstrapServers().split(",")), applicationId,
        stateDir, 2, Duration.ofMillis(100), 1, 64L * 1024 * 1024);
    Properties properties = StreamsDefaults.properties(settings);
    properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
    properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
    SegmentationService service = SegmentationService.start(properties, SegmentationStreamConfig.of(DEFINITIONS),
        new SimpleMeterRegistry());
    service.app().awaitRunning(WAIT);
    return service;
  }
}
