package dev.retention.churn.model;

/**
 * Outcome of a BG/NBD maximum-likelihood fit.
 *
 * @param parameters    the maximum-likelihood estimates
 * @param logLikelihood the population log-likelihood at {@code parameters}
 * @param customers     number of customers the fit saw (sum of counts)
 * @param evaluations   number of log-likelihood evaluations the optimizer used
 */
public record FitResult(BgNbdParameters parameters, double logLikelihood, int customers, int evaluations) {
}
