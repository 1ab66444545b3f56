package dev.retention.churn.scoring;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.churn.ModelParameters;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scorer of the newest published parameters: rebuilt only when a model's version changes, so evaluating a
 * customer costs a store lookup, not a model construction.
 */
public final class ScorerCache {

  private final ChurnConfig config;
  private final ModelBinding binding;
  private String purchaseVersion;
  private String spendVersion;
  private Scorer scorer;

  public ScorerCache(ChurnConfig config, ModelBinding binding) {
    this.config = config;
    this.binding = binding;
  }

  /** The scorer of the models {@code lookup} has (by model name); empty until a purchase model is published. */
  public Optional<Scorer> current(Function<String, ModelParameters> lookup) {
    ModelParameters bgNbd = lookup.apply(ModelParameters.BG_NBD);
    ModelParameters gammaGamma = lookup.apply(ModelParameters.GAMMA_GAMMA);
    String pv = bgNbd == null ? null : bgNbd.version();
    String sv = gammaGamma == null ? null : gammaGamma.version();
    if (!Objects.equals(pv, purchaseVersion) || !Objects.equals(sv, spendVersion)) {
      purchaseVersion = pv;
      spendVersion = sv;
      Optional<PurchaseModel> purchases = bgNbd == null ? Optional.empty() : binding.purchaseModel(bgNbd);
      SpendModel spend = gammaGamma == null ? null : binding.spendModel(gammaGamma).orElse(null);
      scorer = purchases.map(p -> new Scorer(config, p, spend)).orElse(null);
    }
    return Optional.ofNullable(scorer);
  }
}
