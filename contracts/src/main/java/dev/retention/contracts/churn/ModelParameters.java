package dev.retention.contracts.churn;

import dev.retention.contracts.events.Require;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fitted parameters of a model: the value of the compacted topic {@code retention.model.v1}, keyed by
 * {@link #model()}. The newest record per model is the one scorers use.
 *
 * @param model the model's name, e.g. {@value #BG_NBD} or {@value #GAMMA_GAMMA}
 * @param version unique per fit, e.g. {@code bg-nbd@2026-11-22T00:00:00Z}; predictions name it
 * @param parameters parameter name to value, e.g. {@code r, alpha, a, b} for BG/NBD and {@code p, q, gamma} for
 *     Gamma-Gamma
 * @param logLikelihood the maximized log-likelihood over the population
 * @param customers how many customers the fit used
 * @param dataAsOf event time up to which the data was taken (the T of every customer)
 */
public record ModelParameters(
    String model, String version, Map<String, Double> parameters, double logLikelihood, int customers,
    Instant dataAsOf) {

  public static final String BG_NBD = "bg-nbd";
  public static final String GAMMA_GAMMA = "gamma-gamma";

  public ModelParameters {
    Require.text(model, "model");
    Require.text(version, "version");
    Require.present(parameters, "parameters");
    parameters.forEach((name, value) -> {
      Require.text(name, "parameters");
      if (value == null || !Double.isFinite(value) || value <= 0) {
        throw new IllegalArgumentException("parameters." + name + " must be a positive finite number, was " + value);
      }
    });
    parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    Require.between(customers, 1, Integer.MAX_VALUE, "customers");
    Require.present(dataAsOf, "dataAsOf");
  }

  /** The named parameter; fails clearly when the fit does not have it. */
  public double parameter(String name) {
    Double value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException(model + " has no parameter " + name + "; it has " + parameters.keySet());
    }
    return value;
  }
}
