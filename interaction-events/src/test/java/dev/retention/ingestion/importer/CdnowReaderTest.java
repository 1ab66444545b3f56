package dev.retention.ingestion.importer;

import static dev.retention.ingestion.importer.ImportFixtures.CDNOW_SAMPLE;
import static dev.retention.ingestion.importer.ImportFixtures.NOW;
import static dev.retention.ingestion.importer.ImportFixtures.VALIDATOR;
import static dev.retention.ingestion.importer.ImportFixtures.json;
import static dev.retention.ingestion.importer.ImportFixtures.readAll;
import static dev.retention.ingestion.importer.ImportFixtures.size;
import static dev.retention.ingestion.importer.ImportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.ingestion.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CdnowReaderTest {

  private static List<ImportItem> read(String text) throws IOException {
    try (CdnowReader reader = new CdnowReader(utf8(text), size(text), CdnowReader.DEFAULT_SOURCE)) {
      return readAll(reader);
    }
  }

  private static List<String> ids(String text) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ImportItem item : read(text)) {
      ids.add(json(item).get("id").asText());
    }
    return ids;
  }

  @Test
  void shouldMergeRowsOfOneCustomerAndDayIntoOnePurchaseWithTheExactSum() throws IOException {
    List<ImportItem> items = read("""
         00001 0001 19970101  1    0.10
         00001 0001 19970101  2    0.20
         00001 0001 19970102  1   11.77
         00002 0002 19970101  3   63.34
        """);

    assertThat(items).hasSize(3).allMatch(i -> i instanceof ImportItem.Candidate);
    assertThat(items).extracting(ImportItem::line).containsExactly(1L, 3L, 4L);
    assertThat(items).extracting(ImportItem::rows).containsExactly(2, 1, 1);
    JsonNode merged = json(items.get(0));
    assertThat(merged.at("/data/total/amount").asText()).isEqualTo("0.30");
    assertThat(merged.at("/data/total/currency").asText()).isEqualTo("USD");
    assertThat(merged.at("/data/kind").asText()).isEqualTo("ORDER");
    assertThat(merged.at("/data/orderId").asText()).isEqualTo("00001-19970101");
    assertThat(merged.at("/data/lineItems").isMissingNode()).isTrue();
    assertThat(merged.get("subject").asText()).isEqualTo("00001");
    assertThat(merged.get("time").asText()).isEqualTo("1997-01-01T00:00:00Z");
    assertThat(merged.get("source").asText()).isEqualTo("import/cdnow");
    assertThat(merged.get("type").asText()).isEqualTo("retention.purchase.completed.v1");
  }

  @Test
  void shouldMergeRowsOfOneCustomerAndDayThatAreNotAdjacent() throws IOException {
    List<ImportItem> items = read("""
        00001 0001 19970101 1 1.25
        00002 0002 19970101 1 2.00
        00001 0001 19970101 1 1.25
        """);

    assertThat(items).hasSize(2);
    assertThat(json(items.get(0)).at("/data/total/amount").asText()).isEqualTo("2.50");
    assertThat(items.get(0).rows()).isEqualTo(2);
  }

  @Test
  void shouldReadTheFourColumnLayoutWithCrlfLineEnds() throws IOException {
    List<ImportItem> items = read("00001 19970101 1 11.77\r\n00001 19970105 2 20.00\r\n");

    assertThat(items).hasSize(2);
    assertThat(json(items.get(1)).get("time").asText()).isEqualTo("1997-01-05T00:00:00Z");
    assertThat(json(items.get(1)).at("/data/total/amount").asText()).isEqualTo("20.00");
  }

  @Test
  void shouldReportUnreadableRowsWithTheirLineNumbersAndGoOn() throws IOException {
    List<ImportItem> items = read("""
        00001 0001 19970101 1 1.00
        00001 0001 19971301 1 1.00
        00002 0002 19970101 one 1.00
        00003 0003 19970101 1 $1.00
        00004 19970101 1

        00005 0005 19970101 1 5.00
        """);

    assertThat(items).extracting(ImportItem::line).containsExactly(1L, 2L, 3L, 4L, 5L, 7L);
    assertThat(items.subList(1, 5)).allSatisfy(i -> assertThat(i).isInstanceOf(ImportItem.Unreadable.class));
    assertThat(items.subList(1, 5)).extracting(i -> ((ImportItem.Unreadable) i).field())
        .containsExactly("date", "number_of_cds", "dollar_value", "");
    assertThat(((ImportItem.Unreadable) items.get(1)).message()).contains("19971301", "yyyymmdd");
    assertThat(items.get(5)).isInstanceOf(ImportItem.Candidate.class);
  }

  @Test
  void shouldDeriveTheSameIdsFromTheSameRowsAndDifferentIdsFromDifferentOccasions() throws IOException {
    String file = """
        00001 0001 19970101 1 1.00
        00001 0001 19970102 1 1.00
        00002 0002 19970101 1 1.00
        """;

    List<String> first = ids(file);
    List<String> second = ids(file);

    assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    assertThat(first).allMatch(id -> id.matches("[0-9a-f]{32}"));
  }

  @Test
  void shouldReadTheCdnowSampleAsOneValidPurchasePerCustomerAndDay() throws IOException {
    assertThat(CDNOW_SAMPLE).as("the CDNOW sample beside the repository").exists();
    List<ImportItem> items;
    List<String> notes;
    try (CdnowReader reader = CdnowReader.open(CDNOW_SAMPLE, CdnowReader.DEFAULT_SOURCE)) {
      items = readAll(reader);
      notes = reader.notes();
    }

    assertThat(items).hasSize(6_696);
    assertThat(items.stream().mapToInt(ImportItem::rows).sum()).isEqualTo(6_919);
    assertThat(notes).singleElement().asString().contains("223 rows", "6,696 purchases");
    Set<String> subjects = new HashSet<>();
    for (ImportItem item : items) {
      Validation verdict = VALIDATOR.validate(((ImportItem.Candidate) item).json(), NOW);
      assertThat(verdict).as("line %d", item.line()).isInstanceOf(Validation.Accepted.class);
      subjects.add(((Validation.Accepted) verdict).event().subject());
    }
    assertThat(subjects).hasSize(2_357);
    long size = Files.size(CDNOW_SAMPLE);
    assertThat(items).extracting(ImportItem::position).isSorted().allMatch(p -> p > 0 && p <= size);
  }
}
