package dev.retention.cases.policy;

import dev.retention.cases.model.ContactDecision;
import dev.retention.cases.model.ContactPolicy;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.profiles.Consent;
import dev.retention.contracts.profiles.CustomerProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The contact rules: a customer whose newest applicable consent decision is WITHDRAWN is not contacted (a withdrawal
 * without channel and purpose is do-not-contact); no decision at all counts as allowed, as in the profile contract.
 * Marketing contacts (every purpose but SERVICE, which answers the customer's own request) are capped per window.
 */
public final class StandardContactPolicy implements ContactPolicy {

  private final ConsentBook consents;
  private final ContactLedger ledger;
  private final FrequencyCap cap;

  /** At most {@code maxContacts} marketing contacts per customer in any {@code window}. */
  public record FrequencyCap(int maxContacts, Duration window) {
    public FrequencyCap {
      if (maxContacts < 1) {
        throw new IllegalArgumentException("maxContacts must be at least 1, was " + maxContacts);
      }
      Objects.requireNonNull(window, "window");
    }
  }

  public StandardContactPolicy(ConsentBook consents, ContactLedger ledger, FrequencyCap cap) {
    this.consents = consents;
    this.ledger = ledger;
    this.cap = cap;
  }

  @Override
  public ContactDecision decide(String customerId, ContactChannel channel, ContactPurpose purpose, Instant at) {
    Optional<CustomerProfile> profile = consents.profile(customerId);
    if (profile.isPresent()) {
      Optional<ContactDecision> refusal = consentRefusal(profile.get(), channel, purpose);
      if (refusal.isPresent()) {
        return refusal.get();
      }
    }
    if (purpose != ContactPurpose.SERVICE) {
      int recent = ledger.countMarketing(customerId, at.minus(cap.window()), at);
      if (recent >= cap.maxContacts()) {
        return ContactDecision.refuse(ContactDecision.Reason.FREQUENCY_CAP, "customer " + customerId + " had "
            + recent + " marketing contacts in the " + cap.window().toDays() + " days before " + at + "; at most "
            + cap.maxContacts() + " are allowed");
      }
    }
    return ContactDecision.allow();
  }

  private static Optional<ContactDecision> consentRefusal(CustomerProfile profile, ContactChannel channel,
      ContactPurpose purpose) {
    if (profile.consentFor(channel, purpose).orElse(ConsentStatus.GRANTED) != ConsentStatus.WITHDRAWN) {
      return Optional.empty();
    }
    boolean everything = profile.consents().stream()
        .filter(c -> (c.channel() == null || c.channel() == channel) && (c.purpose() == null || c.purpose() == purpose))
        .max(Comparator.comparing(Consent::changedAt))
        .map(c -> c.channel() == null && c.purpose() == null)
        .orElse(false);
    return Optional.of(everything
        ? ContactDecision.refuse(ContactDecision.Reason.DO_NOT_CONTACT,
            "customer " + profile.customerId() + " asked not to be contacted at all")
        : ContactDecision.refuse(ContactDecision.Reason.CONSENT_WITHDRAWN,
            "customer " + profile.customerId() + " withdrew consent to " + channel + " contact for " + purpose));
  }

  @Override
  public void recordContact(String caseId, String customerId, ContactChannel channel, ContactPurpose purpose,
      Instant at) {
    ledger.record(caseId, customerId, channel, purpose, at);
  }
}
