package dev.retention.contracts.events;

/** Size of a business customer by head count; absent for consumers. */
public enum CompanySize {
  /** 1-9 people. */
  MICRO,
  /** 10-49 people. */
  SMALL,
  /** 50-249 people. */
  MEDIUM,
  /** 250 people or more. */
  LARGE
}
