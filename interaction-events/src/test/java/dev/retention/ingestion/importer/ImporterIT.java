package dev.retention.ingestion.importer;

import static dev.retention.ingestion.importer.ImportFixtures.CDNOW_SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.validation.EventValidator;
import dev.retention.ingestion.validation.Validation;
import dev.retention.ingestion.validation.ValidationRules;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The importer against a real broker: the CDNOW sample onto the raw topic, twice, and NDJSON with bad lines. */
@KafkaCluster
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ImporterIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int CUSTOMER_DAYS = 6_696;
  private static final String RAW = Topics.RAW_INTERACTIONS.name();

  private final EventValidator validator = new EventValidator(ValidationRules.DEFAULTS);
  private final Clock clock = Clock.systemUTC();

  @BeforeAll
  static void createCatalogTopics(TestKafka kafka) {
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing();
  }

  private ImportReport run(RowSource rows, KafkaPublisher publisher) throws IOException {
    try (rows; publisher) {
      return new Importer(validator, clock).run(rows, publisher, ImportProgress.NONE);
    }
  }

  private static List<ConsumerRecord<String, byte[]>> await(TestKafka kafka, String topic, int count) {
    List<ConsumerRecord<String, byte[]>> records =
        kafka.awaitRecords(topic, new StringDeserializer(), new ByteArrayDeserializer(), count, WAIT);
    assertThat(records).hasSize(count);
    return records;
  }

  @Test
  void shouldPublishOneValidRecordPerCustomerDayKeyedBySubjectAndTheSameIdsWhenImportedAgain(TestKafka kafka)
      throws IOException {
    assertThat(CDNOW_SAMPLE).as("the CDNOW sample beside the repository").exists();
    Instant started = clock.instant();

    ImportReport first = run(CdnowReader.open(CDNOW_SAMPLE, CdnowReader.DEFAULT_SOURCE),
        KafkaPublisher.toRawInteractions(kafka.bootstrapServers()));

    assertThat(first.rows()).isEqualTo(6_919);
    assertThat(first.published()).isEqualTo(CUSTOMER_DAYS);
    assertThat(first.rejected()).isZero();
    assertThat(first.failed()).isZero();
    List<ConsumerRecord<String, byte[]>> records = await(kafka, RAW, CUSTOMER_DAYS);
    for (ConsumerRecord<String, byte[]> record : records) {
      Validation verdict = validator.validateRecord(record.value(), record.key(), clock.instant());
      assertThat(verdict).as("record at offset %d", record.offset()).isInstanceOf(Validation.Accepted.class);
      CloudEvent event = ((Validation.Accepted) verdict).event();
      assertThat(record.key()).isEqualTo(event.subject());
      assertThat(event.source()).isEqualTo("import/cdnow");
      assertThat(record.timestamp()).as("import time, not event time").isGreaterThanOrEqualTo(
          started.toEpochMilli());
    }
    Set<String> firstKeys = idempotencyKeys(records);
    assertThat(firstKeys).hasSize(CUSTOMER_DAYS);

    ImportReport second = run(CdnowReader.open(CDNOW_SAMPLE, CdnowReader.DEFAULT_SOURCE),
        KafkaPublisher.toRawInteractions(kafka.bootstrapServers()));

    assertThat(second.published()).isEqualTo(CUSTOMER_DAYS);
    List<ConsumerRecord<String, byte[]>> all = await(kafka, RAW, 2 * CUSTOMER_DAYS);
    Set<String> firstPositions = records.stream().map(ImporterIT::position).collect(Collectors.toSet());
    Set<String> secondKeys = idempotencyKeys(
        all.stream().filter(r -> !firstPositions.contains(position(r))).toList());
    assertThat(secondKeys).as("the (source, id) pairs of the second import").isEqualTo(firstKeys);
  }

  @Test
  void shouldPublishTheValidLinesOfAnNdjsonFileAndAccountForEveryLine(TestKafka kafka, @TempDir Path dir)
      throws IOException {
    String topic = kafka.uniqueTopic("import-ndjson");
    kafka.createTopic(topic, 3);
    Path file = Files.writeString(dir.resolve("events.ndjson"), String.join("\n", NdjsonReaderTest.GOOD_1,
        NdjsonReaderTest.NOT_JSON, "", NdjsonReaderTest.BAD_AMOUNT, NdjsonReaderTest.GOOD_2, "[]") + "\n");

    ImportReport report = run(NdjsonReader.open(file),
        new KafkaPublisher(KafkaPublisher.config(kafka.bootstrapServers()), topic));

    assertThat(report.read()).isEqualTo(5);
    assertThat(report.published()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(3);
    assertThat(report.published() + report.rejected() + report.failed()).isEqualTo(report.read());
    assertThat(report.rejections()).flatExtracting(ImportReport.ProblemGroup::examples)
        .extracting(ImportReport.Problem::line).containsExactlyInAnyOrder(2L, 4L, 6L);
    assertThat(await(kafka, topic, 2)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("c-1", "c-2");
  }

  @Test
  void shouldTellAMissingTopicFromAPresentOne(TestKafka kafka) {
    assertThat(TopicCheck.require(kafka.bootstrapServers(), RAW, Duration.ofSeconds(10)))
        .isEqualTo(Topics.RAW_INTERACTIONS.partitions());
    assertThatThrownBy(() -> TopicCheck.require(kafka.bootstrapServers(), "retention.nope.v1",
        Duration.ofSeconds(10)))
        .isInstanceOf(ImportSetupException.class)
        .hasMessageContaining("topic retention.nope.v1 does not exist on " + kafka.bootstrapServers());
  }

  private static String position(ConsumerRecord<?, ?> record) {
    return record.partition() + "@" + record.offset();
  }

  private Set<String> idempotencyKeys(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream()
        .map(r -> ((Validation.Accepted) validator.validate(r.value(), clock.instant())).event().idempotencyKey())
        .collect(Collectors.toSet());
  }
}
