package dev.retention.churn.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.retention.churn.model.CdnowFiles;
import dev.retention.churn.model.GammaGamma;
import dev.retention.churn.model.GammaGammaFitResult;
import dev.retention.churn.model.SpendHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spend model on the CDNOW sample, against Fader &amp; Hardie (2013), "The Gamma-Gamma model of monetary value". */
class CdnowGammaGammaTest {

  @Test
  void shouldReproduceThePublishedSpendModelOnCdnow() {
    List<CustomerCalibration> customers = Calibration.split(
        CdnowRows.read(CdnowFiles.locate("CDNOW_sample.txt")),
        LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30));
    List<SpendHistory> spends = customers.stream().map(CustomerCalibration::spendHistory)
        .flatMap(Optional::stream).toList();

    GammaGammaFitResult fit = GammaGamma.fit(spends);
    System.out.printf("Gamma-Gamma on CDNOW: %s LL=%.4f customers=%d evaluations=%d%n",
        fit.parameters(), fit.logLikelihood(), fit.customers(), fit.evaluations());

    assertThat(fit.customers()).isEqualTo(946);
    assertThat(fit.parameters().p()).isCloseTo(6.25, withinPercentage(1));
    assertThat(fit.parameters().q()).isCloseTo(3.74, withinPercentage(1));
    assertThat(fit.parameters().gamma()).isCloseTo(15.44, withinPercentage(1));
    assertThat(fit.logLikelihood()).isCloseTo(-4055.92, within(0.5));
  }
}
