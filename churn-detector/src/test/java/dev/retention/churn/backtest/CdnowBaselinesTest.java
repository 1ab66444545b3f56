package dev.retention.churn.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.churn.model.BgNbd;
import dev.retention.churn.model.CdnowFiles;
import dev.retention.churn.model.FitResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baselines on CDNOW_sample (calibration to 1997-09-30, holdout to 1998-06-30): the bar the platform must clear. */
class CdnowBaselinesTest {

  private static final LocalDate CAL_END = LocalDate.of(1997, 9, 30);
  private static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

  @Test
  void shouldRankChurnersBetterThanChanceWithBothBaselines() {
    List<CustomerCalibration> customers = Calibration.split(
        CdnowRows.read(CdnowFiles.locate("CDNOW_sample.txt")), CAL_END, HOLDOUT_END);
    FitResult fit = BgNbd.fit(customers.stream().map(CustomerCalibration::history).toList());
    double holdoutWeeks = ChronoUnit.DAYS.between(CAL_END, HOLDOUT_END) / 7.0;
    List<Scored> recency = Baselines.recencyGap(customers);
    List<Scored> bgNbd = Baselines.bgNbdExpectedPurchases(customers, fit.parameters(), holdoutWeeks);
    long churned = customers.stream().filter(CustomerCalibration::churned).count();
    int highCount = (int) Math.ceil(customers.size() / 10.0);

    // No platform column yet: the BG/NBD baseline stands in for it, so the table shows the two baselines.
    BacktestReport report = new BacktestReport(customers.size(), churned,
        MethodMetrics.baseline("(BG/NBD again)", bgNbd, highCount),
        MethodMetrics.baseline("recency gap", recency, highCount),
        MethodMetrics.baseline("BG/NBD E[holdout]", bgNbd, highCount));
    System.out.print(report.render());

    assertThat(customers).hasSize(2357);
    assertThat(report.recencyGap().rocAuc()).isBetween(0.6, 1.0);
    assertThat(report.bgNbd().rocAuc()).isBetween(0.6, 1.0);
    // churners are the majority, so a useful top decile must beat the base rate
    assertThat(report.bgNbd().topDecile().precision()).isGreaterThan((double) churned / customers.size());
  }
}
