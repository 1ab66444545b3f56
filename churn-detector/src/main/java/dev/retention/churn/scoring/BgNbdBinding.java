package dev.retention.churn.scoring;

import dev.retention.churn.model.BgNbd;
import dev.retention.churn.model.BgNbdParameters;
import dev.retention.churn.model.GammaGamma;
import dev.retention.churn.model.GammaGammaParameters;
import dev.retention.churn.model.PurchaseHistory;
import dev.retention.contracts.churn.ModelParameters;
import java.util.Optional;

/**
 * The production binding: {@value ModelParameters#BG_NBD} parameters (r, alpha, a, b; weeks) to BG/NBD,
 * {@value ModelParameters#GAMMA_GAMMA} parameters (p, q, gamma) to Gamma-Gamma.
 */
public final class BgNbdBinding implements ModelBinding {

  @Override
  public Optional<PurchaseModel> purchaseModel(ModelParameters parameters) {
    if (!ModelParameters.BG_NBD.equals(parameters.model())) {
      return Optional.empty();
    }
    BgNbdParameters p = BgNbdParameters.fromMap(parameters.parameters());
    String version = parameters.version();
    return Optional.of(new PurchaseModel() {
      @Override
      public String version() {
        return version;
      }

      @Override
      public double pAlive(int x, double tx, double T) {
        return BgNbd.pAlive(p, history(x, tx, T));
      }

      @Override
      public double expectedPurchases(int x, double tx, double T, double t) {
        try {
          return BgNbd.expectedPurchases(p, history(x, tx, T), t);
        } catch (ArithmeticException e) {
          return Double.NaN; // the series did not converge: the scorer then gives no prediction
        }
      }
    });
  }

  @Override
  public Optional<SpendModel> spendModel(ModelParameters parameters) {
    if (!ModelParameters.GAMMA_GAMMA.equals(parameters.model())) {
      return Optional.empty();
    }
    GammaGammaParameters g = GammaGammaParameters.fromMap(parameters.parameters());
    String version = parameters.version();
    return Optional.of(new SpendModel() {
      @Override
      public String version() {
        return version;
      }

      @Override
      public double expectedSpend(int x, double meanSpend) {
        try {
          return GammaGamma.expectedSpend(g, x, meanSpend);
        } catch (IllegalArgumentException e) {
          return Double.NaN; // no population mean (q <= 1): no spend prediction for a one-time buyer
        }
      }
    });
  }

  private static PurchaseHistory history(int x, double tx, double T) {
    return new PurchaseHistory(x, x == 0 ? 0 : tx, Math.max(T, tx));
  }
}
