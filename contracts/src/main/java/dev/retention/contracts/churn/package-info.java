/**
 * The churn contract: each customer's current risk ({@code retention.churn-risk.v1}, compacted), the alert stream
 * ({@code retention.churn-warnings.v1}: raised, escalated, cleared) and fitted model parameters
 * ({@code retention.model.v1}). Written by the churn detector; read by projections, retention cases and alert
 * consumers outside the platform. JSON Schemas under {@code schemas/}, described in {@code asyncapi.yaml}.
 */
package dev.retention.contracts.churn;
