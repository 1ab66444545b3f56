package dev.retention.ingestion.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.ingestion.importer.ImportReport.Problem;
import dev.retention.ingestion.importer.ImportReport.ProblemGroup;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

  @Test
  void shouldShowCountsReasonsWithLineNumbersRateAndNotes() {
    ImportReport report = new ImportReport(6_919, 6_698, 6_696, 2, 0,
        List.of(new ProblemGroup("MALFORMED_ROW", 12, List.of(
            new Problem(17, "MALFORMED_ROW", "date", "date '19971341' is not a valid yyyymmdd date"),
            new Problem(40, "MALFORMED_ROW", "", "expected 5 columns, got 3"),
            new Problem(41, "MALFORMED_ROW", "/data/total/amount", "/data/total/amount: does not match")))),
        List.of(), List.of("223 rows merged"), Duration.ofMillis(2_000));

    assertThat(ImportSummary.format(report)).isEqualTo("""
        read           6,698 (from 6,919 rows)
        published      6,696
        rejected           2
          MALFORMED_ROW 12
            line 17 date: date '19971341' is not a valid yyyymmdd date
            line 40: expected 5 columns, got 3
            line 41 /data/total/amount: does not match
            ... and 9 more
        failed             0
        elapsed          2.0 s (3,460 rows/s)
        note: 223 rows merged
        """);
  }

  @Test
  void shouldRefuseCountsThatDoNotAddUp() {
    assertThatThrownBy(() -> new ImportReport(3, 3, 1, 1, 0, List.of(), List.of(), List.of(), Duration.ZERO))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("do not add up");
  }
}
