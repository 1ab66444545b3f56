package dev.retention.contracts.events;

/** Who started a contact. */
public enum ContactDirection {
  INBOUND, OUTBOUND
}
