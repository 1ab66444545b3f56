package dev.retention.churn.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.retention.churn.model.CdnowFiles;
import dev.retention.churn.model.CdnowSummary;
import dev.retention.churn.model.PurchaseHistory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  private static final LocalDate CAL_END = LocalDate.of(1997, 9, 30);
  private static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

  @Test
  void shouldReproduceThePapersCalibrationSummaryFromTheSample() throws IOException {
    Path sample = CdnowFiles.locate("CDNOW_sample.txt");
    // The summary's ID is the sample index (second column), the rows carry the master id (first column).
    Map<String, Integer> sampleIndex = new HashMap<>();
    for (String line : Files.readAllLines(sample)) {
      String[] c = line.strip().split("\\s+");
      sampleIndex.put(c[0], Integer.parseInt(c[1]));
    }
    Map<Integer, PurchaseHistory> summary = CdnowSummary.byId();

    List<CustomerCalibration> customers = Calibration.split(CdnowRows.read(sample), CAL_END, HOLDOUT_END);

    assertThat(customers).hasSize(summary.size());
    for (CustomerCalibration c : customers) {
      PurchaseHistory expected = summary.get(sampleIndex.get(c.customerId()));
      assertThat(c.history().x()).as(c.customerId()).isEqualTo(expected.x());
      assertThat(c.history().tx()).as(c.customerId()).isCloseTo(expected.tx(), within(0.005));
      assertThat(c.history().T()).as(c.customerId()).isCloseTo(expected.T(), within(0.005));
    }
  }

  @Test
  void shouldCountSameDayRowsAsOneOccasionAndSplitAtTheCalibrationEnd() {
    List<CdnowRow> rows = List.of(
        row("A", "1997-01-01", "10.00"),
        row("A", "1997-01-01", "5.00"),   // same day: one occasion worth 15
        row("A", "1997-01-15", "20.00"),
        row("A", "1997-09-30", "4.00"),   // on the calibration end: still calibration
        row("A", "1997-10-01", "7.00"),   // holdout
        row("A", "1997-10-01", "1.00"),   // same holdout day
        row("A", "1998-06-30", "2.00"),   // holdout end is inclusive
        row("A", "1998-07-01", "9.00"),   // after the holdout: ignored
        row("B", "1997-09-02", "3.00"),
        row("C", "1997-10-02", "8.00"));  // first buys after calibration: not in the cohort

    List<CustomerCalibration> customers = Calibration.split(rows, CAL_END, HOLDOUT_END);

    assertThat(customers).extracting(CustomerCalibration::customerId).containsExactly("A", "B");
    CustomerCalibration a = customers.get(0);
    assertThat(a.history()).isEqualTo(new PurchaseHistory(2, 272 / 7.0, 272 / 7.0));
    assertThat(a.repeatSpend()).isEqualByComparingTo("24.00");
    assertThat(a.spendHistory()).get().extracting(s -> s.meanSpend()).isEqualTo(12.0);
    assertThat(a.holdoutPurchases()).isEqualTo(2);
    assertThat(a.churned()).isFalse();
    CustomerCalibration b = customers.get(1);
    assertThat(b.history()).isEqualTo(new PurchaseHistory(0, 0, 28 / 7.0));
    assertThat(b.spendHistory()).isEmpty();
    assertThat(b.churned()).isTrue();
  }

  @Test
  void shouldRejectAHoldoutEndingBeforeTheCalibration() {
    assertThatThrownBy(() -> Calibration.split(List.of(), HOLDOUT_END, CAL_END))
        .hasMessageContaining("before calibration end");
  }

  private static CdnowRow row(String id, String date, String amount) {
    return new CdnowRow(id, LocalDate.parse(date), 1, new BigDecimal(amount), 0);
  }
}
