package dev.retention.churn.state;

import dev.retention.contracts.events.Severity;
import java.time.Instant;

/**
 * An unresolved complaint, with its SLA clocks: both start at the (latest) opening.
 *
 * @param respondedAt time of the first response; null while there is none
 * @param reopened whether this opening re-opened a complaint resolved before
 */
public record Complaint(String complaintId, Severity severity, Instant openedAt, String openEventId,
    Instant respondedAt, boolean reopened) {

  Complaint responded(Instant at) {
    return respondedAt != null ? this : new Complaint(complaintId, severity, openedAt, openEventId, at, reopened);
  }
}
