package dev.retention.contracts.churn;

/**
 * The kinds of evidence that raise a customer's churn risk. Each reason in a {@link ChurnRisk} names one. A new
 * signal is a contract change, made here first, so that alert consumers can rely on the list.
 */
public enum RiskSignal {
  /** Interactions or purchases in the recent window fell against the window before. */
  ACTIVITY_DROP,
  /** No purchase for much longer than the customer's own typical interval. */
  PURCHASE_OVERDUE,
  /** The BG/NBD probability that the customer is still active fell below the threshold. */
  LOW_P_ALIVE,
  /** A one-time buyer has not come back within the usual time to a second purchase. */
  NO_REPEAT_PURCHASE,
  /** A complaint had no first response within its severity's SLA. */
  COMPLAINT_RESPONSE_OVERDUE,
  /** A complaint was not resolved within its severity's SLA. */
  COMPLAINT_RESOLUTION_OVERDUE,
  /** A resolved complaint was opened again. */
  COMPLAINT_REOPENED,
  /** Several complaints within the configured window. */
  REPEATED_COMPLAINTS,
  /** An NPS answer of 0-6. */
  NPS_DETRACTOR,
  /** A CSAT answer at or below the threshold. */
  LOW_CSAT,
  /** A survey score fell by at least the threshold against the customer's previous answer. */
  SATISFACTION_DROP,
  /** Refunds or returns well above the customer's own normal. */
  REFUND_SPIKE
}
