package dev.retention.contracts.profiles;

import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import java.time.Instant;
import java.util.Objects;

/**
 * The latest consent decision for one (channel, purpose) pair. An absent channel or purpose covers all of them.
 */
public record Consent(ContactChannel channel, ContactPurpose purpose, ConsentStatus status, Instant changedAt) {

  public Consent {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(changedAt, "changedAt");
  }

  boolean sameScope(ContactChannel otherChannel, ContactPurpose otherPurpose) {
    return channel == otherChannel && purpose == otherPurpose;
  }

  boolean covers(ContactChannel askedChannel, ContactPurpose askedPurpose) {
    return (channel == null || channel == askedChannel) && (purpose == null || purpose == askedPurpose);
  }
}
