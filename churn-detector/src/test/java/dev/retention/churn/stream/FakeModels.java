package dev.retention.churn.stream;

import dev.retention.churn.scoring.ModelBinding;
import dev.retention.churn.scoring.PurchaseModel;
import dev.retention.churn.scoring.SpendModel;
import dev.retention.contracts.churn.ModelParameters;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A simple stand-in for BG/NBD in topology tests: P(alive) of a repeat customer halves every {@code halfLife} weeks
 * without a purchase; 1 for one-time buyers, as BG/NBD. Spend: the customer's mean.
 */
final class FakeModels implements ModelBinding {

  static ModelParameters parameters(double halfLifeWeeks, Instant asOf) {
    return new ModelParameters(ModelParameters.BG_NBD, "fake@" + asOf, Map.of("halfLife", halfLifeWeeks), -1, 1,
        asOf);
  }

  static ModelParameters spend(Instant asOf) {
    return new ModelParameters(ModelParameters.GAMMA_GAMMA, "fake-spend@" + asOf, Map.of("p", 1.0), -1, 1, asOf);
  }

  @Override
  public Optional<PurchaseModel> purchaseModel(ModelParameters parameters) {
    double halfLife = parameters.parameter("halfLife");
    return Optional.of(new PurchaseModel() {
      @Override
      public String version() {
        return parameters.version();
      }

      @Override
      public double pAlive(int x, double tx, double T) {
        return x == 0 ? 1 : Math.pow(0.5, (T - tx) / halfLife);
      }

      @Override
      public double expectedPurchases(int x, double tx, double T, double t) {
        return pAlive(x, tx, T) * t * (x + 1) / Math.max(T, 1);
      }
    });
  }

  @Override
  public Optional<SpendModel> spendModel(ModelParameters parameters) {
    return Optional.of(new SpendModel() {
      @Override
      public String version() {
        return parameters.version();
      }

      @Override
      public double expectedSpend(int x, double meanSpend) {
        return meanSpend;
      }
    });
  }
}
