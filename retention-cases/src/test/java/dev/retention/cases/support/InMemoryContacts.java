package dev.retention.cases.support;

import dev.retention.cases.policy.ConsentBook;
import dev.retention.cases.policy.ContactLedger;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.profiles.CustomerProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Consents and contact ledger in memory, for aggregate fixtures. */
public final class InMemoryContacts implements ConsentBook, ContactLedger {

  private record Contact(String customerId, ContactPurpose purpose, Instant at) {}

  private final Map<String, CustomerProfile> profiles = new HashMap<>();
  private final List<Contact> contacts = new ArrayList<>();

  @Override
  public Optional<CustomerProfile> profile(String customerId) {
    return Optional.ofNullable(profiles.get(customerId));
  }

  @Override
  public void put(String customerId, CustomerProfile profile) {
    if (profile == null) {
      profiles.remove(customerId);
    } else {
      profiles.put(customerId, profile);
    }
  }

  @Override
  public void record(String caseId, String customerId, ContactChannel channel, ContactPurpose purpose, Instant at) {
    contacts.add(new Contact(customerId, purpose, at));
  }

  @Override
  public int countMarketing(String customerId, Instant from, Instant to) {
    return (int) contacts.stream()
        .filter(c -> c.customerId().equals(customerId) && c.purpose() != ContactPurpose.SERVICE
            && c.at().isAfter(from) && !c.at().isAfter(to))
        .count();
  }
}
