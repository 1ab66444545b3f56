package dev.retention.projection.model;

import java.time.Instant;

/** A complaint opened and not resolved yet; {@code respondedAt} is absent until the first response. */
public record OpenComplaint(
    String complaintId, String category, String severity, Instant openedAt, Instant respondedAt, String eventId) {

  public OpenComplaint responded(Instant at) {
    return respondedAt != null ? this : new OpenComplaint(complaintId, category, severity, openedAt, at, eventId);
  }
}
