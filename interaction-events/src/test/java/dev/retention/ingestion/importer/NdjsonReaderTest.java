package dev.retention.ingestion.importer;

import static dev.retention.ingestion.importer.ImportFixtures.CLOCK;
import static dev.retention.ingestion.importer.ImportFixtures.VALIDATOR;
import static dev.retention.ingestion.importer.ImportFixtures.size;
import static dev.retention.ingestion.importer.ImportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.ingestion.importer.ImportReport.Problem;
import dev.retention.ingestion.importer.ImportReport.ProblemGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NdjsonReaderTest {

  static final String GOOD_1 = """
      {"specversion":"1.0","id":"o-1","source":"shop","type":"retention.purchase.completed.v1","subject":"c-1",\
      "time":"2026-02-01T09:30:00Z","data":{"orderId":"o-1","kind":"ORDER","total":{"amount":"59.97","currency":"EUR"}}}""";
  static final String GOOD_2 = GOOD_1.replace("o-1", "o-2").replace("c-1", "c-2");
  static final String NOT_JSON = "{\"specversion\":";
  static final String BAD_AMOUNT = GOOD_1.replace("o-1", "o-3").replace("59.97", "-1");

  @Test
  void shouldPublishValidLinesAsWrittenAndReportTheOthersByLineNumber() throws IOException {
    String file = GOOD_1 + "\n" + NOT_JSON + "\n\n" + BAD_AMOUNT + "\r\n" + GOOD_2 + "\n";
    RecordingPublisher publisher = new RecordingPublisher();

    ImportReport report;
    try (NdjsonReader reader = new NdjsonReader(utf8(file), size(file))) {
      report = new Importer(VALIDATOR, CLOCK).run(reader, publisher, ImportProgress.NONE);
    }

    assertThat(report.read()).isEqualTo(4);
    assertThat(report.published()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(2);
    assertThat(report.rejections()).extracting(ProblemGroup::reason)
        .containsExactlyInAnyOrder(RejectReason.MALFORMED_JSON, RejectReason.INVALID_EVENT);
    assertThat(report.rejections()).flatExtracting(ProblemGroup::examples).extracting(Problem::line)
        .containsExactlyInAnyOrder(2L, 4L);
    assertThat(report.rejections()).flatExtracting(ProblemGroup::examples).extracting(Problem::field)
        .contains("/data/total/amount");
    assertThat(publisher.sent()).extracting(RecordingPublisher.Sent::key).containsExactly("c-1", "c-2");
    assertThat(new String(publisher.sent().get(0).value(), StandardCharsets.UTF_8)).isEqualTo(GOOD_1);
  }
}
