package dev.retention.ingestion.importer;

import static dev.retention.ingestion.importer.ImportFixtures.CLOCK;
import static dev.retention.ingestion.importer.ImportFixtures.NOW;
import static dev.retention.ingestion.importer.ImportFixtures.VALIDATOR;
import static dev.retention.ingestion.importer.ImportFixtures.size;
import static dev.retention.ingestion.importer.ImportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retention.ingestion.importer.ImportReport.Problem;
import dev.retention.ingestion.importer.ImportReport.ProblemGroup;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class ImporterTest {

  private static final String FILE = """
      00001 0001 19970101 1 1.00
      00001 0001 19970101 1 2.00
      00002 0002 19970101 1 3.00
      00003 0003 1997-01-01 1 4.00
      00004 0004 19970101 1 5.00
      00005 0005 19970101 1 6.00
      """;

  private static ImportReport run(Publisher publisher, ImportProgress progress) throws IOException {
    try (CdnowReader reader = new CdnowReader(utf8(FILE), size(FILE), CdnowReader.DEFAULT_SOURCE)) {
      return new Importer(VALIDATOR, CLOCK).run(reader, publisher, progress);
    }
  }

  @Test
  void shouldPublishValidEventsKeyedBySubjectAtTheTimeOfTheImport() throws IOException {
    RecordingPublisher publisher = new RecordingPublisher();

    ImportReport report = run(publisher, ImportProgress.NONE);

    assertThat(publisher.sent()).extracting(RecordingPublisher.Sent::key)
        .containsExactly("00001", "00002", "00004", "00005");
    assertThat(publisher.sent()).extracting(RecordingPublisher.Sent::timestamp).containsOnly(NOW);
    assertThat(publisher.flushes()).isEqualTo(1);
    assertThat(report.rows()).isEqualTo(6);
    assertThat(report.read()).isEqualTo(5);
    assertThat(report.published()).isEqualTo(4);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.failed()).isZero();
    assertThat(report.rejections()).singleElement().satisfies(group -> {
      assertThat(group.reason()).isEqualTo(ImportItem.MALFORMED_ROW);
      assertThat(group.examples()).extracting(Problem::line).containsExactly(4L);
    });
    assertThat(report.notes()).containsExactly(
        "1 row was merged into the purchase of the same customer and day (6 rows, 4 purchases)");
  }

  @Test
  void shouldStopSendingAfterAFailedSendAndCountTheRestAsFailed() throws IOException {
    RecordingPublisher publisher = new RecordingPublisher(n -> n == 1
        ? CompletableFuture.failedFuture(new TimeoutException("Topic not present in metadata after 30000 ms."))
        : CompletableFuture.completedFuture(null));

    ImportReport report = run(publisher, ImportProgress.NONE);

    assertThat(publisher.sent()).hasSize(2);
    assertThat(report.published()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.failed()).isEqualTo(3);
    assertThat(report.failures()).extracting(ProblemGroup::reason, ProblemGroup::count)
        .containsExactly(tuple(Importer.NOT_SENT, 2L),
            tuple("TimeoutException", 1L));
    assertThat(report.failures().get(1).examples()).singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(3));
    assertThat(report.failures().get(0).examples().get(0).message()).contains("failure at line 3");
  }

  @Test
  void shouldCountASendThatThrowsAsFailed() throws IOException {
    RecordingPublisher publisher = new RecordingPublisher(n -> {
      throw new IllegalStateException("producer closed");
    });

    ImportReport report = run(publisher, ImportProgress.NONE);

    assertThat(report.published()).isZero();
    assertThat(report.failed()).isEqualTo(4);
    assertThat(report.read()).isEqualTo(report.published() + report.rejected() + report.failed());
  }

  @Test
  void shouldCountSendsNeverAcknowledgedAsFailed() throws IOException {
    RecordingPublisher publisher = new RecordingPublisher(n -> new CompletableFuture<>());

    ImportReport report;
    try (CdnowReader reader = new CdnowReader(utf8(FILE), size(FILE), CdnowReader.DEFAULT_SOURCE)) {
      report = new Importer(VALIDATOR, CLOCK, Duration.ofMillis(50)).run(reader, publisher, ImportProgress.NONE);
    }

    assertThat(report.failed()).isEqualTo(4);
    assertThat(report.failures()).singleElement().satisfies(g -> assertThat(g.reason()).isEqualTo(Importer.NO_ACK));
  }

  @Test
  void shouldReportProgressAfterEveryItemAndFinishOnce() throws IOException {
    List<ProgressSnapshot> updates = new ArrayList<>();
    List<ProgressSnapshot> finished = new ArrayList<>();

    run(new RecordingPublisher(), new ImportProgress() {
      @Override
      public void update(ProgressSnapshot snapshot) {
        updates.add(snapshot);
      }

      @Override
      public void finish(ProgressSnapshot snapshot) {
        finished.add(snapshot);
      }
    });

    assertThat(updates).extracting(ProgressSnapshot::rows).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(updates).extracting(ProgressSnapshot::totalBytes).containsOnly(size(FILE));
    assertThat(finished).singleElement().satisfies(s -> assertThat(s.rows()).isEqualTo(6));
  }
}
