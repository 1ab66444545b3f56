package dev.retention.segmentation.state;

import dev.retention.contracts.events.Severity;
import java.time.Instant;
import java.util.Objects;

/** A complaint that was opened and not yet resolved. */
public record OpenComplaint(String complaintId, Instant openedAt, Severity severity) {

  public OpenComplaint {
    Objects.requireNonNull(complaintId, "complaintId");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(severity, "severity");
  }
}
