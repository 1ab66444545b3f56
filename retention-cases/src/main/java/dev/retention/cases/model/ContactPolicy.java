package dev.retention.cases.model;

import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import java.time.Instant;

/**
 * Whether a customer may be contacted, and the ledger of contacts made. Injected into the aggregate's command
 * handlers; the service's implementation reads consents from the customers topic and counts contacts in the
 * database, inside the command's transaction.
 */
public interface ContactPolicy {

  ContactDecision decide(String customerId, ContactChannel channel, ContactPurpose purpose, Instant at);

  /** Counts a contact that was allowed, for the frequency cap. */
  void recordContact(String caseId, String customerId, ContactChannel channel, ContactPurpose purpose, Instant at);
}
