package dev.retention.contracts.events;

/** Whether a consent is given or withdrawn. */
public enum ConsentStatus {
  GRANTED, WITHDRAWN
}
