package dev.retention.churn.trainer;

import dev.retention.churn.model.BgNbd;
import dev.retention.churn.model.FitResult;
import dev.retention.churn.model.GammaGamma;
import dev.retention.churn.model.GammaGammaFitResult;
import dev.retention.churn.model.PurchaseHistory;
import dev.retention.churn.model.SpendHistory;
import dev.retention.churn.stream.CustomerPurchases;
import dev.retention.contracts.churn.ModelParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the population's models as of an instant: BG/NBD on every customer's (x, t_x, T) in weeks, Gamma-Gamma on
 * the repeat customers' mean spend. Pure: the trainer and the back-test fit the same way. Versions are derived from
 * the data's instant, so two trainers fitting the same data publish the same record.
 */
public final class PopulationFit {

  /** Fewest customers with repeat spend the spend model is fitted on. */
  static final int MIN_SPEND_CUSTOMERS = 10;

  private PopulationFit() {}

  /**
   * The fitted parameters, BG/NBD first; Gamma-Gamma only with enough repeat customers.
   *
   * @throws IllegalArgumentException if there are no customers
   */
  public static List<ModelParameters> fit(List<CustomerPurchases> population, Instant asOf) {
    List<PurchaseHistory> histories = new ArrayList<>(population.size());
    List<SpendHistory> spends = new ArrayList<>();
    for (CustomerPurchases c : population) {
      if (c.firstAt().isAfter(asOf)) {
        continue;
      }
      double tx = c.txWeeks();
      histories.add(new PurchaseHistory(c.repeats(), tx, Math.max(tx, c.ageWeeks(asOf))));
      if (c.repeats() > 0 && c.meanRepeatSpend() > 0) {
        spends.add(new SpendHistory(c.repeats(), c.meanRepeatSpend()));
      }
    }
    FitResult bgNbd = BgNbd.fit(histories);
    List<ModelParameters> fitted = new ArrayList<>();
    fitted.add(new ModelParameters(ModelParameters.BG_NBD, ModelParameters.BG_NBD + "@" + asOf,
        bgNbd.parameters().asMap(), bgNbd.logLikelihood(), bgNbd.customers(), asOf));
    if (spends.size() >= MIN_SPEND_CUSTOMERS) {
      GammaGammaFitResult gg = GammaGamma.fit(spends);
      fitted.add(new ModelParameters(ModelParameters.GAMMA_GAMMA, ModelParameters.GAMMA_GAMMA + "@" + asOf,
          gg.parameters().asMap(), gg.logLikelihood(), gg.customers(), asOf));
    }
    return fitted;
  }
}
