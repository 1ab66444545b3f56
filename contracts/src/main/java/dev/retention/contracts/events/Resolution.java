package dev.retention.contracts.events;

/** How a complaint was resolved. */
public enum Resolution {
  REFUND, REPLACEMENT, REPAIR, CREDIT, APOLOGY, EXPLANATION, NO_ACTION
}
