package dev.retention.contracts.events;

/** Severity of a complaint; complaint SLAs are configured per severity. */
public enum Severity {
  LOW, MEDIUM, HIGH, CRITICAL
}
