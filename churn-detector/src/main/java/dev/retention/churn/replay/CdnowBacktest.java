package dev.retention.churn.replay;

import dev.retention.churn.backtest.Backtest;
import dev.retention.churn.backtest.BacktestReport;
import dev.retention.churn.backtest.Calibration;
import dev.retention.churn.backtest.CdnowRow;
import dev.retention.churn.backtest.CustomerCalibration;
import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.model.BgNbd;
import dev.retention.churn.model.FitResult;
import dev.retention.churn.model.GammaGamma;
import dev.retention.churn.model.GammaGammaFitResult;
import dev.retention.churn.model.SpendHistory;
import dev.retention.churn.scoring.BgNbdBinding;
import dev.retention.churn.stream.ChurnStreamConfig;
import dev.retention.churn.risk.RiskRank;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.churn.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CDNOW back-test: fits BG/NBD and Gamma-Gamma on the calibration period (paper convention, weeks), publishes
 * them to the model topic of a {@link TopologyReplay} of the production topology, replays the calibration purchases
 * on event time, moves stream time to the calibration end so that every timer due by then fires, and scores each
 * customer's risk as of then against the holdout (churned = no purchase in it), next to the two baselines.
 *
 * <p>The risk as of the calibration end is taken at the start of that day (the instant the paper's T is measured
 * to); purchases dated that day are applied.
 */
public final class CdnowBacktest {

  private CdnowBacktest() {}

  /** The report, and what the replay published. */
  public record Result(BacktestReport report, FitResult bgNbd, Map<String, Long> warnings, int customers) {}

  public static Result run(List<CdnowRow> rows, LocalDate calibrationEnd, LocalDate holdoutEnd,
      ChurnConfig definitions) {
    List<CustomerCalibration> cohort = Calibration.split(rows, calibrationEnd, holdoutEnd);
    if (cohort.isEmpty()) {
      throw new IllegalArgumentException("no customer bought on or before the calibration end " + calibrationEnd);
    }
    Instant asOf = calibrationEnd.atStartOfDay(ZoneOffset.UTC).toInstant();
    FitResult bgNbd = BgNbd.fit(cohort.stream().map(CustomerCalibration::history).toList());
    ChurnConfig usd = definitions.withValue(new ChurnConfig.Value(CdnowEvents.CURRENCY,
        definitions.value().potentialHigh(), definitions.value().potentialMedium()));
    Map<String, ChurnRisk> risks;
    Map<String, Long> warnings;
    try (TopologyReplay replay = new TopologyReplay(ChurnStreamConfig.of(usd, new BgNbdBinding()))) {
      replay.publish(new ModelParameters(ModelParameters.BG_NBD, "bg-nbd@" + asOf, bgNbd.parameters().asMap(),
          bgNbd.logLikelihood(), bgNbd.customers(), asOf));
      gammaGamma(cohort, asOf).ifPresent(replay::publish);
      replay.send(CdnowEvents.before(rows, asOf.plus(1, ChronoUnit.DAYS)));
      replay.advanceTo(asOf);
      risks = replay.latestRisks();
      warnings = replay.warningCounts();
    }
    Map<String, Backtest.PlatformRisk> platform = new HashMap<>();
    for (CustomerCalibration c : cohort) {
      ChurnRisk risk = risks.get("cdnow-" + c.customerId());
      platform.put(c.customerId(), risk == null ? new Backtest.PlatformRisk(0, false)
          : new Backtest.PlatformRisk(RiskRank.of(risk), risk.level() == RiskLevel.HIGH));
    }
    double holdoutWeeks = ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd) / 7.0;
    BacktestReport report = Backtest.compare(cohort, platform, bgNbd.parameters(), holdoutWeeks);
    return new Result(report, bgNbd, warnings, cohort.size());
  }

  private static Optional<ModelParameters> gammaGamma(List<CustomerCalibration> cohort, Instant asOf) {
    List<SpendHistory> spends = cohort.stream().map(CustomerCalibration::spendHistory).flatMap(Optional::stream)
        .toList();
    if (spends.isEmpty()) {
      return Optional.empty();
    }
    GammaGammaFitResult fit = GammaGamma.fit(spends);
    return Optional.of(new ModelParameters(ModelParameters.GAMMA_GAMMA, "gamma-gamma@" + asOf,
        fit.parameters().asMap(), fit.logLikelihood(), fit.customers(), asOf));
  }
}
