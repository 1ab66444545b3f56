package dev.retention.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.importer.CdnowReader;
import dev.retention.ingestion.importer.ImportProgress;
import dev.retention.ingestion.importer.ImportReport;
import dev.retention.ingestion.importer.Importer;
import dev.retention.ingestion.importer.KafkaPublisher;
import dev.retention.ingestion.importer.RowSource;
import dev.retention.ingestion.stream.ValidatorConfig;
import dev.retention.ingestion.stream.ValidatorCounts;
import dev.retention.ingestion.stream.ValidatorService;
import dev.retention.ingestion.validation.EventValidator;
import dev.retention.ingestion.validation.ValidationRules;
import dev.retention.runtime.streams.StreamsSettings;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing the same history twice publishes nothing new past de-duplication: the CDNOW sample through the importer
 * and the real validator on a real broker, twice.
 */
@KafkaCluster
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HistoryReimportIT {

  private static final Path CDNOW_SAMPLE = Path.of("../../shared/data/cdnow/CDNOW_sample.txt");
  private static final int CUSTOMER_DAYS = 6_696;

  private static ImportReport importSample(TestKafka kafka) throws Exception {
    try (RowSource rows = CdnowReader.open(CDNOW_SAMPLE, CdnowReader.DEFAULT_SOURCE);
        KafkaPublisher publisher = KafkaPublisher.toRawInteractions(kafka.bootstrapServers())) {
      return new Importer(new EventValidator(ValidationRules.DEFAULTS), Clock.systemUTC())
          .run(rows, publisher, ImportProgress.NONE);
    }
  }

  private static long interactionsCount(TestKafka kafka) {
    return kafka.awaitRecords(Topics.INTERACTIONS.name(), Topics.INTERACTIONS.keySerde().deserializer(),
        Topics.INTERACTIONS.valueSerde().deserializer(), CUSTOMER_DAYS, Duration.ofSeconds(60)).size();
  }

  @Test
  void shouldPublishNothingNewWhenTheSameHistoryIsImportedTwice(TestKafka kafka, @TempDir Path stateDir)
      throws Exception {
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing();
    StreamsSettings streams = new StreamsSettings(List.of(kafka.bootstrapServers()),
        kafka.uniqueApplicationId("reimport"), stateDir, 1, Duration.ofMillis(100), 1, 64L * 1024 * 1024);

    try (ValidatorService validator = ValidatorService.start(streams, ValidatorConfig.DEFAULTS,
        new SimpleMeterRegistry())) {
      validator.app().awaitRunning(Duration.ofSeconds(60));

      assertThat(importSample(kafka).published()).isEqualTo(CUSTOMER_DAYS);
      await().atMost(Duration.ofSeconds(60)).until(() -> validator.counts().in() == CUSTOMER_DAYS);
      assertThat(importSample(kafka).published()).isEqualTo(CUSTOMER_DAYS);
      await().atMost(Duration.ofSeconds(60)).until(() -> validator.counts().in() == 2L * CUSTOMER_DAYS);

      ValidatorCounts counts = validator.counts();
      assertThat(counts.accepted()).isEqualTo(CUSTOMER_DAYS);
      assertThat(counts.duplicates()).isEqualTo(CUSTOMER_DAYS);
      assertThat(counts.rejected()).isZero();
      assertThat(interactionsCount(kafka)).isEqualTo(CUSTOMER_DAYS);
    }
  }
}
