package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.events.CustomerRegistered;
import dev.retention.contracts.events.CustomerUpdated;
import dev.retention.contracts.events.EventData;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.schema.ContractSchemas;
import dev.retention.contracts.topics.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CustomerProfileTest {

  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
  private static final CustomerRegistered REGISTERED = new CustomerRegistered("Ada", "ada@example.com",
      "+44 1234 5678", LocalDate.of(1990, 2, 3), "EU", null, null, List.of(ContactChannel.EMAIL));
  private static final CustomerUpdated MOVED = new CustomerUpdated("Ada", "ada@example.com", null,
      LocalDate.of(1990, 2, 3), "US", null, null, List.of());

  private static CloudEvent event(String id, long minutes, EventData data) {
    return CloudEvent.of(id, "crm", "c-1", T.plusSeconds(60 * minutes), data);
  }

  private static CustomerProfile fold(List<CloudEvent> events) {
    CustomerProfile profile = CustomerProfile.unknown("c-1");
    for (CloudEvent event : events) {
      profile = profile.apply(event);
    }
    return profile;
  }

  @Test
  void shouldReplaceTheWholeProfileOnUpdate() {
    CustomerProfile profile = fold(List.of(event("e1", 0, REGISTERED), event("e2", 5, MOVED)));

    assertThat(profile.region()).isEqualTo("US");
    assertThat(profile.phone()).as("absent in the update means removed").isNull();
    assertThat(profile.registeredAt()).isEqualTo(T);
    assertThat(profile.updatedAt()).isEqualTo(T.plusSeconds(300));
    assertThat(profile.lastEventId()).isEqualTo("e2");
  }

  @Test
  void shouldKeepTheProfileAcrossConsentChanges() {
    CustomerProfile profile = fold(List.of(event("e1", 0, REGISTERED),
        event("e2", 1, new ConsentChanged(ContactChannel.SMS, ContactPurpose.PROMOTION, ConsentStatus.WITHDRAWN))));

    assertThat(profile.name()).isEqualTo("Ada");
    assertThat(profile.consentFor(ContactChannel.SMS, ContactPurpose.PROMOTION)).contains(ConsentStatus.WITHDRAWN);
    assertThat(profile.consentFor(ContactChannel.EMAIL, ContactPurpose.PROMOTION)).isEmpty();
  }

  @Test
  void shouldLetTheNewestCoveringDecisionWin() {
    CustomerProfile profile = fold(List.of(
        event("e1", 0, new ConsentChanged(null, null, ConsentStatus.WITHDRAWN)),
        event("e2", 1, new ConsentChanged(ContactChannel.EMAIL, ContactPurpose.CARE, ConsentStatus.GRANTED))));

    assertThat(profile.consentFor(ContactChannel.EMAIL, ContactPurpose.CARE)).contains(ConsentStatus.GRANTED);
    assertThat(profile.consentFor(ContactChannel.PHONE, ContactPurpose.CARE)).contains(ConsentStatus.WITHDRAWN);

    CustomerProfile doNotContact =
        profile.apply(event("e3", 2, new ConsentChanged(null, null, ConsentStatus.WITHDRAWN)));
    assertThat(doNotContact.consentFor(ContactChannel.EMAIL, ContactPurpose.CARE)).contains(ConsentStatus.WITHDRAWN);
  }

  @Test
  void shouldGiveTheSameProfileWhateverTheArrivalOrder() {
    List<CloudEvent> events = List.of(
        event("e1", 0, REGISTERED),
        event("e2", 1, new ConsentChanged(ContactChannel.SMS, null, ConsentStatus.WITHDRAWN)),
        event("e3", 2, MOVED),
        event("e4", 3, new ConsentChanged(ContactChannel.SMS, null, ConsentStatus.GRANTED)),
        event("e5", 4, new ConsentChanged(null, ContactPurpose.PROMOTION, ConsentStatus.WITHDRAWN)));
    CustomerProfile inOrder = fold(events);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      List<CloudEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, random);
      CustomerProfile profile = fold(shuffled);
      assertThat(profile.region()).isEqualTo(inOrder.region());
      assertThat(profile.updatedAt()).isEqualTo(inOrder.updatedAt());
      assertThat(profile.lastEventId()).isEqualTo(inOrder.lastEventId());
      assertThat(profile.registeredAt()).isEqualTo(inOrder.registeredAt());
      assertThat(profile.consents()).containsExactlyInAnyOrderElementsOf(inOrder.consents());
    }
  }

  @Test
  void shouldRefuseEventsOfAnotherCustomerOrKind() {
    CustomerProfile profile = CustomerProfile.unknown("c-1");
    assertThatThrownBy(() -> profile.apply(CloudEvent.of("x", "crm", "c-2", T, REGISTERED)))
        .hasMessageContaining("c-2");
    assertThatThrownBy(() -> profile.apply(CloudEvent.of("y", "shop", "c-1", T, Examples.fullData().get(0))))
        .hasMessageContaining("not a customer event");
  }

  @Test
  void shouldRoundTripThroughTheCustomersTopicSerdeAndMatchTheSchema() throws Exception {
    CustomerProfile profile = fold(List.of(event("e1", 0, REGISTERED),
        event("e2", 1, new ConsentChanged(null, ContactPurpose.PROMOTION, ConsentStatus.WITHDRAWN))));
    JsonSerde<CustomerProfile> serde = (JsonSerde<CustomerProfile>) Topics.CUSTOMERS.valueSerde();
    byte[] bytes = serde.serialize("t", profile);
    assertThat(serde.deserialize("t", bytes)).isEqualTo(profile);
    assertThat(ContractSchemas.get().validate(ContractSchemas.CUSTOMER_PROFILE, Json.mapper().readTree(bytes)))
        .isEmpty();
  }
}
