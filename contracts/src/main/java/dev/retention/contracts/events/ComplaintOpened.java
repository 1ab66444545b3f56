package dev.retention.contracts.events;

/**
 * A customer complained. The complaint-SLA clocks (first response, resolution) start at the event's time.
 *
 * @param productId the product complained about, if any
 * @param channel where the complaint came in, if known
 * @param reopened true when an earlier, resolved complaint with the same id is opened again
 */
public record ComplaintOpened(
    String complaintId, String category, Severity severity, String productId, ContactChannel channel,
    boolean reopened)
    implements InteractionData {

  public ComplaintOpened {
    Require.identifier(complaintId, "complaintId");
    Require.text(category, "category");
    Require.present(severity, "severity");
    Require.optionalIdentifier(productId, "productId");
  }
}
