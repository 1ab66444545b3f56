package dev.retention.contracts.events;

/**
 * A complaint was resolved. Stops the resolution SLA.
 *
 * @param satisfied whether the customer said they were satisfied with the resolution; absent if not asked
 * @param note free-text summary of the resolution
 */
public record ComplaintResolved(String complaintId, Resolution resolution, Boolean satisfied, String note)
    implements InteractionData {

  public ComplaintResolved {
    Require.identifier(complaintId, "complaintId");
    Require.present(resolution, "resolution");
    Require.optionalText(note, "note");
  }
}
