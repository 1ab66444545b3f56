package dev.retention.contracts.events;

/** Money back without goods back (REFUND) or with goods returned (RETURN). */
public enum RefundKind {
  REFUND, RETURN
}
