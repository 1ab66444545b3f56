package dev.retention.churn.model;

/**
 * Outcome of a Gamma-Gamma maximum-likelihood fit.
 *
 * @param parameters    the maximum-likelihood estimates
 * @param logLikelihood the log-likelihood at {@code parameters}
 * @param customers     number of repeat buyers the fit saw
 * @param evaluations   number of log-likelihood evaluations the optimizer used
 */
public record GammaGammaFitResult(GammaGammaParameters parameters, double logLikelihood, int customers,
    int evaluations) {
}
