package dev.retention.contracts;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.CompanySize;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResolved;
import dev.retention.contracts.events.ComplaintResponded;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.ContactLogged;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.events.CustomerRegistered;
import dev.retention.contracts.events.CustomerUpdated;
import dev.retention.contracts.events.EventData;
import dev.retention.contracts.events.EventType;
import dev.retention.contracts.events.LineItem;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.PurchaseRefunded;
import dev.retention.contracts.events.RefundKind;
import dev.retention.contracts.events.Resolution;
import dev.retention.contracts.events.SalesChannel;
import dev.retention.contracts.events.Severity;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.contracts.events.SurveyMetric;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Example events of every type: one with every optional field set, one with only the required ones. */
public final class Examples {

  public static final Instant T0 = Instant.parse("2026-03-01T09:30:00Z");

  private Examples() {}

  /** Every example, full and minimal, for every event type; at least one per type. */
  public static List<CloudEvent> all() {
    List<CloudEvent> events = new ArrayList<>();
    int n = 0;
    for (EventData data : fullData()) {
      events.add(new CloudEvent(CloudEvent.SPEC_VERSION, "evt-full-" + n, "shop/eu-1", EventType.of(data).typeName(),
          "cust-" + (n % 3), T0.plusSeconds(60L * n), CloudEvent.JSON_CONTENT_TYPE,
          "https://retention.dev/schemas/" + EventType.of(data).typeName() + ".schema.json", data,
          Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")));
      n++;
    }
    for (EventData data : minimalData()) {
      events.add(CloudEvent.of("evt-min-" + n, "urn:pos:store-17", "cust-" + (n % 3), T0.plusSeconds(60L * n), data));
      n++;
    }
    return events;
  }

  public static List<EventData> fullData() {
    return List.of(
        new PurchaseCompleted("order-1001", OrderKind.ORDER, Money.of("59.97", "EUR"),
            List.of(new LineItem("sku-1", "books", 2, new BigDecimal("19.99")),
                new LineItem("sku-2", "music", 1, new BigDecimal("19.99"))),
            SalesChannel.WEB),
        new PurchaseRefunded("order-1001", "refund-7", RefundKind.RETURN, Money.of("19.99", "EUR"),
            List.of(new LineItem("sku-2", "music", 1, new BigDecimal("19.99"))), "arrived damaged"),
        new ContactLogged("contact-3", ContactChannel.PHONE, ContactDirection.OUTBOUND, ContactPurpose.FOLLOW_UP,
            ContactOutcome.REACHED, "agent-42", 312),
        new ComplaintOpened("complaint-9", "delivery", Severity.HIGH, "sku-1", ContactChannel.EMAIL, true),
        new ComplaintResponded("complaint-9", ContactChannel.EMAIL, "agent-42"),
        new ComplaintResolved("complaint-9", Resolution.REPLACEMENT, true, "sent a new copy"),
        new SurveyAnswered("survey-5", SurveyMetric.NPS, 3, "support", "waited too long"),
        new CustomerRegistered("Ada Example", "ada@example.com", "+44 20 7946 0000", LocalDate.of(1985, 12, 10),
            "EU-WEST", "publishing", CompanySize.SMALL, List.of(ContactChannel.EMAIL, ContactChannel.PHONE)),
        new CustomerUpdated("Ada Example", "ada@example.org", null, LocalDate.of(1985, 12, 10), "EU-WEST",
            "publishing", CompanySize.MEDIUM, List.of(ContactChannel.EMAIL)),
        new ConsentChanged(ContactChannel.SMS, ContactPurpose.PROMOTION, ConsentStatus.WITHDRAWN));
  }

  public static List<EventData> minimalData() {
    return List.of(
        new PurchaseCompleted("order-1", OrderKind.RENEWAL, Money.of("120", "USD"), List.of(), null),
        new PurchaseRefunded("order-1", "refund-1", RefundKind.REFUND, Money.of("0.50", "JPY"), null, null),
        new ContactLogged("contact-1", ContactChannel.CHAT, ContactDirection.INBOUND, ContactPurpose.SERVICE,
            ContactOutcome.RESOLVED, null, null),
        new ComplaintOpened("complaint-1", "billing", Severity.LOW, null, null, false),
        new ComplaintResponded("complaint-1", null, null),
        new ComplaintResolved("complaint-1", Resolution.NO_ACTION, null, null),
        new SurveyAnswered("survey-1", SurveyMetric.CES, 7, "onboarding", null),
        new CustomerRegistered(null, null, null, null, null, null, null, List.of()),
        new CustomerUpdated(null, null, null, null, "US-EAST", null, null, null),
        new ConsentChanged(null, null, ConsentStatus.WITHDRAWN));
  }
}
