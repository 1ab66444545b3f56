package dev.retention.contracts.events;

/** How a contact went. */
public enum ContactOutcome {
  REACHED, NO_ANSWER, LEFT_MESSAGE, DECLINED, RESOLVED, FAILED
}
