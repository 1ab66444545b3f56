package dev.retention.contracts.events;

/**
 * Someone contacted the customer, or the customer contacted us.
 *
 * @param agentId who handled the contact, if a person did (pseudonymous staff id)
 * @param durationSeconds how long the contact took, if measured
 */
public record ContactLogged(
    String contactId,
    ContactChannel channel,
    ContactDirection direction,
    ContactPurpose purpose,
    ContactOutcome outcome,
    String agentId,
    Integer durationSeconds)
    implements InteractionData {

  public ContactLogged {
    Require.identifier(contactId, "contactId");
    Require.present(channel, "channel");
    Require.present(direction, "direction");
    Require.present(purpose, "purpose");
    Require.present(outcome, "outcome");
    Require.optionalIdentifier(agentId, "agentId");
    if (durationSeconds != null) {
      Require.between(durationSeconds, 0, 86_400, "durationSeconds");
    }
  }
}
