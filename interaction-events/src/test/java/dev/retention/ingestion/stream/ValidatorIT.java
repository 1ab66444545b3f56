package dev.retention.ingestion.stream;

import static dev.retention.ingestion.stream.StreamFixtures.SENT;
import static dev.retention.ingestion.stream.StreamFixtures.T0;
import static dev.retention.ingestion.stream.StreamFixtures.json;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.stream.StreamFixtures.BadInput;
import dev.retention.runtime.streams.StreamsDefaults;
import dev.retention.runtime.streams.StreamsSettings;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator on a real broker, run as in production ({@link ValidatorService}: exactly_once_v2, fail-fast
 * exception handlers): a mix of valid events of every type, every kind of bad input and duplicates; every raw record
 * ends up accepted, rejected or counted as a duplicate, poison pills do not stop the partition they are on, and a
 * restarted instance, its state restored from the changelogs, still knows what it has seen.
 */
@KafkaCluster
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ValidatorIT {

  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final String RAW = Topics.RAW_INTERACTIONS.name();
  private static final Serde<String> KEYS = Topics.RAW_INTERACTIONS.keySerde();
  private static final Serde<byte[]> VALUES = Topics.RAW_INTERACTIONS.valueSerde();

  @BeforeAll
  static void createCatalogTopics(TestKafka kafka) {
    // The catalog topics, but every record kept, because the test counts them all. The test records carry
    // historic timestamps (2026-03-01): the raw and dead-letter topics' 7- and 30-day retention would delete them
    // at the broker's first retention check. And the first transaction marker (stamped with the broker's clock)
    // rolls the segment of historic records, which makes it compactable: the compacted customers topic would lose
    // earlier profiles mid-test.
    List<Topic<?, ?>> keptWhole = Topics.all().stream()
        .<Topic<?, ?>>map(t -> new Topic<>(t.name(), t.keySerde(), t.valueSerde(), t.partitions(),
            CleanupPolicy.DELETE, Optional.empty(), t.description()))
        .toList();
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing(keptWhole);
  }

  @Test
  void shouldAcceptRejectOrDropEveryRecordExactlyOnceAndRememberItAcrossARestart(TestKafka kafka,
      @TempDir Path stateDir) {
    List<CloudEvent> interactions = new ArrayList<>();
    List<CloudEvent> customerEvents = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      interactions.addAll(StreamFixtures.interactionsOfEveryType("cust-" + c, "i" + c, T0));
      customerEvents.addAll(StreamFixtures.customerEventsOfEveryType("cust-" + c, "p" + c, T0));
    }
    List<BadInput> bad = new ArrayList<>(StreamFixtures.badInputs());
    byte[] huge = new byte[900_000];
    Arrays.fill(huge, (byte) '{');
    bad.add(new BadInput("huge value", "c-bad", huge, RejectReason.TOO_LARGE, "", "cut to its first"));
    // the bad inputs are keyed c-bad: these come after them on the same partition
    List<CloudEvent> afterPoison = StreamFixtures.interactionsOfEveryType("c-bad", "after", T0.plusSeconds(600));
    List<CloudEvent> resent = List.of(interactions.get(0), interactions.get(8), interactions.get(27),
        customerEvents.get(0), customerEvents.get(5), interactions.get(0));

    List<TimedRecord<String, byte[]>> valid = new ArrayList<>();
    interactions.forEach(e -> valid.add(record(e, SENT)));
    customerEvents.forEach(e -> valid.add(record(e, SENT)));
    List<TimedRecord<String, byte[]>> badRecords =
        bad.stream().map(b -> TimedRecord.of(b.key(), b.value(), SENT.plusSeconds(1))).toList();
    List<TimedRecord<String, byte[]>> duplicates = resent.stream().map(e -> record(e, SENT.plusSeconds(2))).toList();
    List<TimedRecord<String, byte[]>> after = afterPoison.stream().map(e -> record(e, SENT.plusSeconds(700))).toList();
    int total = valid.size() + badRecords.size() + duplicates.size() + after.size();
    String applicationId = kafka.uniqueApplicationId(ValidatorConfig.APPLICATION_ID);

    List<RecordMetadata> badSent;
    ValidatorCounts counts;
    try (ValidatorService validator = start(kafka, applicationId, stateDir.resolve("first"))) {
      kafka.produce(RAW, KEYS.serializer(), VALUES.serializer(), valid);
      badSent = kafka.produce(RAW, KEYS.serializer(), VALUES.serializer(), badRecords);
      kafka.produce(RAW, KEYS.serializer(), VALUES.serializer(), duplicates);
      kafka.produce(RAW, KEYS.serializer(), VALUES.serializer(), after);
      counts = awaitAllProcessed(validator, total);
      assertThat(validator.app().isHealthy()).isTrue();
    } // closing commits: everything processed is now readable

    List<ConsumerRecord<String, CloudEvent>> published = readAll(kafka, Topics.INTERACTIONS);
    List<ConsumerRecord<String, CustomerProfile>> profiles = readAll(kafka, Topics.CUSTOMERS);
    List<ConsumerRecord<String, DeadLetter>> letters = readAll(kafka, Topics.DEAD_LETTER);
    List<CloudEvent> expectedInteractions = new ArrayList<>(interactions);
    expectedInteractions.addAll(afterPoison);
    assertThat(published).extracting(ConsumerRecord::value)
        .as("every interaction exactly once, those after the poison pills too")
        .containsExactlyInAnyOrderElementsOf(expectedInteractions);
    assertThat(published).allSatisfy(r -> {
      assertThat(r.key()).isEqualTo(r.value().subject());
      assertThat(r.timestamp()).isEqualTo(r.value().time().toEpochMilli());
    });
    assertThat(profiles).extracting(r -> r.value().lastEventId()).as("one profile per customer event")
        .containsExactlyInAnyOrderElementsOf(customerEvents.stream().map(CloudEvent::id).toList());
    assertDeadLetters(letters, bad, badSent);

    assertThat(counts.accepted()).isEqualTo(published.size() + profiles.size());
    assertThat(counts.rejected()).isEqualTo(letters.size());
    assertThat(counts.rejectedByReason())
        .isEqualTo(bad.stream().collect(groupingBy(BadInput::reason, counting())));
    assertThat(counts.duplicates()).isEqualTo(resent.size());
    assertThat(total).as("in = accepted + rejected + duplicates")
        .isEqualTo(published.size() + profiles.size() + letters.size() + resent.size());

    // a new instance of the same application, with an empty state directory: it restores the dedup stores from
    // their changelogs and continues after the committed offsets
    CloudEvent fresh = StreamFixtures.purchase("fresh", "cust-1", T0.plusSeconds(900));
    List<TimedRecord<String, byte[]>> again = List.of(record(interactions.get(3), SENT.plusSeconds(800)),
        record(customerEvents.get(2), SENT.plusSeconds(800)), record(fresh, SENT.plusSeconds(800)));
    try (ValidatorService restarted = start(kafka, applicationId, stateDir.resolve("second"))) {
      kafka.produce(RAW, KEYS.serializer(), VALUES.serializer(), again);
      ValidatorCounts afterRestart = awaitAllProcessed(restarted, again.size());
      assertThat(afterRestart.duplicates()).isEqualTo(2);
      assertThat(afterRestart.accepted()).isEqualTo(1);
    }
    assertThat(readAll(kafka, Topics.INTERACTIONS)).extracting(ConsumerRecord::value)
        .hasSize(published.size() + 1).contains(fresh);
    assertThat(readAll(kafka, Topics.CUSTOMERS)).hasSize(profiles.size());
  }

  private static TimedRecord<String, byte[]> record(CloudEvent event, Instant sentAt) {
    return TimedRecord.of(event.subject(), json(event), sentAt);
  }

  /**
   * The validator as the service runs it (the platform's Streams defaults), with two threads and 100 ms commits;
   * returns once it is RUNNING. A closed instance stays in the consumer group until its session times out, so the
   * session is short here, for the restart to take seconds rather than the default 45.
   */
  private static ValidatorService start(TestKafka kafka, String applicationId, Path stateDir) {
    StreamsSettings settings = new StreamsSettings(List.of(kafka.bootstrapServers().split(",")), applicationId,
        stateDir, 2, Duration.ofMillis(100), 1, 64L * 1024 * 1024);
    Properties properties = StreamsDefaults.properties(settings);
    properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
    properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
    ValidatorService validator =
        ValidatorService.start(properties, ValidatorConfig.DEFAULTS, new SimpleMeterRegistry());
    validator.app().awaitRunning(WAIT);
    return validator;
  }

  private static ValidatorCounts awaitAllProcessed(ValidatorService validator, int records) {
    await().atMost(WAIT).untilAsserted(() -> {
      ValidatorCounts counts = validator.counts();
      assertThat(counts.in()).isEqualTo(records);
      assertThat(counts.balanced()).as("%s", counts).isTrue();
    });
    return validator.counts();
  }

  private static void assertDeadLetters(List<ConsumerRecord<String, DeadLetter>> letters, List<BadInput> bad,
      List<RecordMetadata> sent) {
    assertThat(letters).hasSize(bad.size());
    Map<String, ConsumerRecord<String, DeadLetter>> bySource = new HashMap<>();
    letters.forEach(r -> bySource.put(r.value().sourcePartition() + "@" + r.value().sourceOffset(), r));
    for (int i = 0; i < bad.size(); i++) {
      BadInput input = bad.get(i);
      ConsumerRecord<String, DeadLetter> record = bySource.get(sent.get(i).partition() + "@" + sent.get(i).offset());
      assertThat(record).as("dead letter of %s", input.name()).isNotNull();
      DeadLetter letter = record.value();
      assertThat(record.key()).as(input.name()).isEqualTo(input.key());
      assertThat(letter.reason()).as(input.name()).isEqualTo(input.reason());
      assertThat(letter.fieldPath()).as(input.name()).isEqualTo(input.fieldPath());
      assertThat(letter.message()).as(input.name()).contains(input.messagePart());
      assertThat(letter.origin()).isEqualTo("kafka");
      assertThat(letter.sourceTopic()).isEqualTo(RAW);
      assertThat(letter.rejectedAt()).isEqualTo(SENT.plusSeconds(1));
      byte[] original = input.value() == null ? new byte[0] : input.value();
      int kept = Math.min(original.length, ValidatorConfig.DEFAULTS.deadLetterPayloadLimit());
      assertThat(letter.payload()).as(input.name()).isEqualTo(Arrays.copyOf(original, kept));
    }
  }

  /** Every committed record of the topic: reads each partition to its end (no transaction is open any more). */
  private static <V> List<ConsumerRecord<String, V>> readAll(TestKafka kafka, Topic<String, V> topic) {
    return kafka.readAll(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer(), WAIT);
  }
}
