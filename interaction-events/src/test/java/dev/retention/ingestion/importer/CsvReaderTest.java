package dev.retention.ingestion.importer;

import static dev.retention.ingestion.importer.ImportFixtures.NOW;
import static dev.retention.ingestion.importer.ImportFixtures.VALIDATOR;
import static dev.retention.ingestion.importer.ImportFixtures.json;
import static dev.retention.ingestion.importer.ImportFixtures.readAll;
import static dev.retention.ingestion.importer.ImportFixtures.size;
import static dev.retention.ingestion.importer.ImportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.ingestion.validation.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static CsvReader reader(String text, CsvMapping mapping) throws IOException {
    return new CsvReader(utf8(text), size(text), mapping, CsvReader.DEFAULT_SOURCE, "orders.csv");
  }

  private static List<ImportItem> read(String text, CsvMapping mapping) throws IOException {
    try (CsvReader reader = reader(text, mapping)) {
      return readAll(reader);
    }
  }

  private static CsvMapping mapping(String properties) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(properties));
    return CsvMapping.parse(p, "mapping file m.properties");
  }

  @Test
  void shouldReadRowsByColumnNameWithTheDefaultMapping() throws IOException {
    String file = """
        Subject,time,amount,currency,note
        c-1,2026-02-01T09:30:00Z,19.99,EUR,first
        c-2,2026-02-02 10:00,5,USD,"second, with a comma"
        c-3,2026-02-03,0.50,EUR,
        """;
    List<ImportItem> items;
    List<String> notes;
    try (CsvReader reader = reader(file, CsvMapping.defaults())) {
      items = readAll(reader);
      notes = reader.notes();
    }

    assertThat(items).hasSize(3).allMatch(i -> i instanceof ImportItem.Candidate);
    assertThat(items).extracting(ImportItem::line).containsExactly(2L, 3L, 4L);
    JsonNode first = json(items.get(0));
    assertThat(first.get("subject").asText()).isEqualTo("c-1");
    assertThat(first.get("source").asText()).isEqualTo("import/csv");
    assertThat(first.at("/data/total/amount").asText()).isEqualTo("19.99");
    assertThat(first.at("/data/kind").asText()).isEqualTo("ORDER");
    assertThat(first.at("/data/orderId").asText()).isEqualTo(first.get("id").asText());
    assertThat(json(items.get(1)).get("time").asText()).isEqualTo("2026-02-02T10:00:00Z");
    assertThat(json(items.get(2)).get("time").asText()).isEqualTo("2026-02-03T00:00:00Z");
    assertThat(notes).containsExactly("columns not imported: note");
    for (ImportItem item : items) {
      assertThat(VALIDATOR.validate(((ImportItem.Candidate) item).json(), NOW))
          .isInstanceOf(Validation.Accepted.class);
    }
  }

  @Test
  void shouldApplyAMappingWithColumnsConstantsTimeFormatZoneAndDelimiter() throws IOException {
    CsvMapping mapping = mapping("""
        subject = Kunde
        time = Datum
        amount = Umsatz
        orderId = Beleg
        id = Beleg
        currency.value = EUR
        channel.value = STORE
        source.value = pos/store-17
        time.format = dd.MM.yyyy HH:mm
        time.zone = Europe/Berlin
        delimiter = ;
        """);

    List<ImportItem> items = read("""
        Beleg;Kunde;Datum;Umsatz
        B-100;k-7;01.02.2026 09:30;12.50
        """, mapping);

    JsonNode event = json(items.get(0));
    assertThat(event.get("id").asText()).isEqualTo("B-100");
    assertThat(event.get("source").asText()).isEqualTo("pos/store-17");
    assertThat(event.get("subject").asText()).isEqualTo("k-7");
    assertThat(event.get("time").asText()).isEqualTo("2026-02-01T08:30:00Z");
    assertThat(event.at("/data/orderId").asText()).isEqualTo("B-100");
    assertThat(event.at("/data/total/currency").asText()).isEqualTo("EUR");
    assertThat(event.at("/data/channel").asText()).isEqualTo("STORE");
  }

  @Test
  void shouldDeriveTheSameIdFromTheSameValuesAndADifferentOneFromOtherValues() throws IOException {
    String file = """
        subject,time,amount,currency
        c-1,2026-02-01,10.00,EUR
        c-1,2026-02-01,10.00,EUR
        c-1,2026-02-01,10.01,EUR
        """;

    List<ImportItem> once = read(file, CsvMapping.defaults());
    List<ImportItem> again = read(file, CsvMapping.defaults());

    assertThat(json(once.get(0)).get("id")).isEqualTo(json(again.get(0)).get("id"))
        .isEqualTo(json(once.get(1)).get("id"))
        .isNotEqualTo(json(once.get(2)).get("id"));
  }

  @Test
  void shouldReportRowsItCannotReadWithTheirLineNumbers() throws IOException {
    List<ImportItem> items = read("""
        subject,time,amount,currency
        c-1,2026-02-01,10.00
        c-2,yesterday,10.00,EUR
        c-3,"2026-02-01,10.00,EUR
        c-4,2026-02-01,10.00,EUR
        """, CsvMapping.defaults());

    assertThat(items).extracting(ImportItem::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(items.subList(0, 3)).allMatch(i -> i instanceof ImportItem.Unreadable);
    assertThat(((ImportItem.Unreadable) items.get(0)).message()).isEqualTo("the row has 3 cells, the header has 4");
    assertThat(((ImportItem.Unreadable) items.get(1)).field()).isEqualTo("time");
    assertThat(((ImportItem.Unreadable) items.get(1)).message()).contains("'yesterday'", "time.format");
    assertThat(((ImportItem.Unreadable) items.get(2)).message()).contains("unterminated quoted cell");
  }

  @Test
  void shouldReadTimesWithAPatternStrictly() throws IOException {
    String file = """
        subject,time,amount,currency
        c-1,28.02.2026,1.00,EUR
        c-1,31.02.2026,1.00,EUR
        """;

    List<ImportItem> withYear = read(file, mapping("time.format = dd.MM.yyyy\n"));
    List<ImportItem> withProlepticYear = read(file, mapping("time.format = dd.MM.uuuu\n"));

    for (List<ImportItem> items : List.of(withYear, withProlepticYear)) {
      assertThat(json(items.get(0)).get("time").asText()).isEqualTo("2026-02-28T00:00:00Z");
      assertThat(items.get(1)).isInstanceOf(ImportItem.Unreadable.class);
    }
  }

  @Test
  void shouldLeaveTheJudgementOfValuesToTheValidator() throws IOException {
    List<ImportItem> items = read("""
        subject,time,amount,currency
        c-1,2026-02-01,ten,EUR
        """, CsvMapping.defaults());

    Validation verdict = VALIDATOR.validate(((ImportItem.Candidate) items.get(0)).json(), NOW);
    assertThat(verdict).isInstanceOf(Validation.Rejected.class);
    assertThat(((Validation.Rejected) verdict).fieldPath()).isEqualTo("/data/total/amount");
  }

  @Test
  void shouldRefuseAMappingThatNamesAColumnTheHeaderLacks() throws IOException {
    CsvMapping mapping = mapping("amount = revenue\ncurrency.value = EUR\n");

    assertThatThrownBy(() -> reader("subject,time,total\n", mapping))
        .isInstanceOf(ImportSetupException.class)
        .hasMessage("mapping file m.properties: column 'revenue' for amount is not in the header of orders.csv "
            + "(columns: subject, time, total)");
  }

  @Test
  void shouldRefuseAFileThatLacksRequiredColumnsWithTheDefaultMapping() {
    assertThatThrownBy(() -> reader("customer,time,amount\n", CsvMapping.defaults()))
        .isInstanceOf(ImportSetupException.class)
        .hasMessageStartingWith("the default mapping gives no value for subject, currency: orders.csv has no column "
            + "of that name (columns: customer, time, amount)");
  }

  @Test
  void shouldRefuseUnknownKeysDoubleMappingsBadPatternsAndOtherTypes() {
    assertThatThrownBy(() -> mapping("amout = total\n")).isInstanceOf(ImportSetupException.class)
        .hasMessageContaining("'amout' is not a mapping key; known keys: id, id.value");
    assertThatThrownBy(() -> mapping("currency = cur\ncurrency.value = EUR\n"))
        .isInstanceOf(ImportSetupException.class).hasMessageContaining("maps currency a second time");
    assertThatThrownBy(() -> mapping("time.format = yyyy-MM-dd bb\n"))
        .isInstanceOf(ImportSetupException.class).hasMessageContaining("is not a java.time pattern");
    assertThatThrownBy(() -> mapping("time.zone = Mars/Olympus\n"))
        .isInstanceOf(ImportSetupException.class).hasMessageContaining("is not a time zone");
    assertThatThrownBy(() -> mapping("type = retention.survey.answered.v1\n"))
        .isInstanceOf(ImportSetupException.class).hasMessageContaining("import other event types as ndjson");
  }

  @Test
  void shouldSplitQuotedCells() throws RowProblem {
    assertThat(CsvLineParser.split("a,\"b,c\",\"say \"\"hi\"\"\",,", ','))
        .containsExactly("a", "b,c", "say \"hi\"", "", "");
    assertThat(CsvLineParser.split("x\ty", '\t')).containsExactly("x", "y");
  }
}
