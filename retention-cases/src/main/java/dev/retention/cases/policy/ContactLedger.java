package dev.retention.cases.policy;

import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import java.time.Instant;

/** Contacts made per customer, for the frequency cap. */
public interface ContactLedger {

  void record(String caseId, String customerId, ContactChannel channel, ContactPurpose purpose, Instant at);

  /** Marketing contacts (every purpose but SERVICE) of the customer in {@code (from, to]}. */
  int countMarketing(String customerId, Instant from, Instant to);
}
