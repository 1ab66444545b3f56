package dev.retention.contracts.profiles;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.CompanySize;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.events.CustomerData;
import dev.retention.contracts.events.CustomerRegistered;
import dev.retention.contracts.events.CustomerUpdated;
import dev.retention.contracts.events.ProfileFields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's current profile and consents: the value of the compacted customers topic, keyed by customer id.
 *
 * <p>Why a folded profile and not the raw customer events: compaction keeps only the newest record per key, so a
 * topic of raw events would lose the profile at the customer's first consent change. Folding registered, updated and
 * consent events into this record makes the newest record the whole truth, and erasure a single tombstone.
 *
 * <p>The fold is by event time, so replaying the customer events in any order gives the same profile: a profile
 * update older than the one applied is ignored, and each consent scope keeps its newest decision. (Two events of the
 * same kind with the same timestamp are the one exception: the later arrival wins.)
 *
 * @param detailsUpdatedAt event time of the registration or update that set the profile fields
 * @param updatedAt event time of the newest customer event applied, of any kind
 * @param lastEventId id of that newest event
 */
public record CustomerProfile(
    String customerId,
    String name,
    String email,
    String phone,
    LocalDate birthday,
    String region,
    String industry,
    CompanySize companySize,
    List<ContactChannel> preferredChannels,
    List<Consent> consents,
    Instant registeredAt,
    Instant detailsUpdatedAt,
    Instant updatedAt,
    String lastEventId) {

  public CustomerProfile {
    Objects.requireNonNull(customerId, "customerId");
    preferredChannels = preferredChannels == null ? List.of() : List.copyOf(preferredChannels);
    consents = consents == null ? List.of() : List.copyOf(consents);
  }

  /** A customer we know nothing about yet. */
  public static CustomerProfile unknown(String customerId) {
    return new CustomerProfile(customerId, null, null, null, null, null, null, null, List.of(), List.of(), null,
        null, null, null);
  }

  /** The profile after {@code event}, which must be a customer event about this customer. */
  public CustomerProfile apply(CloudEvent event) {
    if (!customerId.equals(event.subject())) {
      throw new IllegalArgumentException("event " + event.id() + " is about customer " + event.subject()
          + ", not " + customerId);
    }
    if (!(event.data() instanceof CustomerData data)) {
      throw new IllegalArgumentException("event " + event.id() + " of type " + event.type()
          + " is not a customer event");
    }
    Instant at = event.time();
    if (data instanceof CustomerRegistered registered) {
      return withFields(registered, at, event.id(), true);
    }
    if (data instanceof CustomerUpdated updated) {
      return withFields(updated, at, event.id(), false);
    }
    return withConsent((ConsentChanged) data, at, event.id());
  }

  /**
   * The consent decision that applies to contacting this customer on {@code channel} for {@code purpose}: the newest
   * decision among the scopes that cover the pair. Empty when the customer never said anything that covers it; what
   * that means (opt-in or opt-out) is the caller's policy.
   */
  public Optional<ConsentStatus> consentFor(ContactChannel channel, ContactPurpose purpose) {
    return consents.stream()
        .filter(c -> c.covers(channel, purpose))
        .max(Comparator.comparing(Consent::changedAt))
        .map(Consent::status);
  }

  private CustomerProfile withFields(ProfileFields fields, Instant at, String eventId, boolean registration) {
    Instant registered = registeredAt;
    if (registration && (registered == null || at.isBefore(registered))) {
      registered = at;
    }
    boolean newest = updatedAt == null || !at.isBefore(updatedAt);
    Instant newestAt = newest ? at : updatedAt;
    String newestEvent = newest ? eventId : lastEventId;
    if (detailsUpdatedAt != null && at.isBefore(detailsUpdatedAt)) {
      return new CustomerProfile(customerId, name, email, phone, birthday, region, industry, companySize,
          preferredChannels, consents, registered, detailsUpdatedAt, newestAt, newestEvent);
    }
    return new CustomerProfile(customerId, fields.name(), fields.email(), fields.phone(), fields.birthday(),
        fields.region(), fields.industry(), fields.companySize(), fields.preferredChannels(), consents, registered,
        at, newestAt, newestEvent);
  }

  private CustomerProfile withConsent(ConsentChanged change, Instant at, String eventId) {
    List<Consent> next = new ArrayList<>(consents.size() + 1);
    boolean replaced = false;
    for (Consent consent : consents) {
      if (consent.sameScope(change.channel(), change.purpose())) {
        replaced = true;
        next.add(at.isBefore(consent.changedAt())
            ? consent
            : new Consent(change.channel(), change.purpose(), change.status(), at));
      } else {
        next.add(consent);
      }
    }
    if (!replaced) {
      next.add(new Consent(change.channel(), change.purpose(), change.status(), at));
    }
    boolean newest = updatedAt == null || !at.isBefore(updatedAt);
    return new CustomerProfile(customerId, name, email, phone, birthday, region, industry, companySize,
        preferredChannels, next, registeredAt, detailsUpdatedAt, newest ? at : updatedAt,
        newest ? eventId : lastEventId);
  }
}
