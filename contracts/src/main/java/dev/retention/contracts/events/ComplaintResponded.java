package dev.retention.contracts.events;

/**
 * The first (or a further) response to a complaint reached the customer. The first one stops the first-response SLA.
 *
 * @param channel how the response was given, if known
 * @param agentId who responded (pseudonymous staff id), if known
 */
public record ComplaintResponded(String complaintId, ContactChannel channel, String agentId)
    implements InteractionData {

  public ComplaintResponded {
    Require.identifier(complaintId, "complaintId");
    Require.optionalIdentifier(agentId, "agentId");
  }
}
