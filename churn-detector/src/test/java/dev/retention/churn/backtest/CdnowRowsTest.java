package dev.retention.churn.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.churn.model.CdnowFiles;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdnowRowsTest {

  @Test
  void shouldReadTheSampleLayout() {
    List<CdnowRow> rows = CdnowRows.read(new StringReader(
        " 00004 0001 19970101  2   29.33\n\n 00004 0001 19970118  2   29.73\n"), "sample");

    assertThat(rows).containsExactly(
        new CdnowRow("00004", LocalDate.of(1997, 1, 1), 2, new BigDecimal("29.33"), 1),
        new CdnowRow("00004", LocalDate.of(1997, 1, 18), 2, new BigDecimal("29.73"), 3));
  }

  @Test
  void shouldReadTheMasterLayout() {
    List<CdnowRow> rows = CdnowRows.read(new StringReader("00001 19970101 1 11.77\n00002 19970112 5 77.00\n"),
        "master");

    assertThat(rows).containsExactly(
        new CdnowRow("00001", LocalDate.of(1997, 1, 1), 1, new BigDecimal("11.77"), 1),
        new CdnowRow("00002", LocalDate.of(1997, 1, 12), 5, new BigDecimal("77.00"), 2));
  }

  @Test
  void shouldReadTheWholeSampleFile() {
    List<CdnowRow> rows = CdnowRows.read(CdnowFiles.locate("CDNOW_sample.txt"));

    assertThat(rows).hasSize(6919);
    assertThat(rows.stream().map(CdnowRow::customerId).distinct().count()).isEqualTo(2357);
  }

  @Test
  void shouldNameTheLineOfABadDate() {
    assertThatThrownBy(() -> CdnowRows.read(new StringReader("00001 19970101 1 11.77\n00002 1997011 5 77.00\n"),
        "f.txt")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f.txt:2").hasMessageContaining("yyyymmdd");
  }

  @Test
  void shouldNameTheLineOfAColumnCountChange() {
    assertThatThrownBy(() -> CdnowRows.read(new StringReader("00001 19970101 1 11.77\n\n00002 0002 19970112 5 77\n"),
        "f.txt")).hasMessageContaining("f.txt:3").hasMessageContaining("expected 4 columns");
  }

  @Test
  void shouldRejectAnUnknownLayout() {
    assertThatThrownBy(() -> CdnowRows.read(new StringReader("00001 19970101 1\n"), "f.txt"))
        .hasMessageContaining("f.txt:1").hasMessageContaining("got 3");
  }

  @Test
  void shouldRejectABadAmountOrQuantity() {
    assertThatThrownBy(() -> CdnowRows.read(new StringReader("00001 19970101 1 x\n"), "f"))
        .hasMessageContaining("amount 'x'");
    assertThatThrownBy(() -> CdnowRows.read(new StringReader("00001 19970101 1.5 3\n"), "f"))
        .hasMessageContaining("quantity '1.5'");
  }
}
