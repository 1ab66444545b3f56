package dev.retention.churn.scoring;

import dev.retention.contracts.churn.ModelParameters;
import java.util.Optional;

/** Turns parameters published on {@code retention.model.v1} into models the scorer can evaluate. */
public interface ModelBinding {

  /** The purchase model of these parameters, if they are of a purchase model this binding knows. */
  Optional<PurchaseModel> purchaseModel(ModelParameters parameters);

  /** The spend model of these parameters, if they are of a spend model this binding knows. */
  Optional<SpendModel> spendModel(ModelParameters parameters);

  /** Knows no model: scoring without predictions. */
  ModelBinding NONE = new ModelBinding() {
    @Override
    public Optional<PurchaseModel> purchaseModel(ModelParameters parameters) {
      return Optional.empty();
    }

    @Override
    public Optional<SpendModel> spendModel(ModelParameters parameters) {
      return Optional.empty();
    }
  };
}
