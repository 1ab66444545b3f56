package dev.retention.ingestion.stream;

import dev.retention.contracts.deadletter.RejectReason;
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
import dev.retention.contracts.json.JsonSerde;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Raw input for the validator tests: valid events of every type, and every kind of bad input. */
final class StreamFixtures {

  /** Event time of the fixtures' first event. */
  static final Instant T0 = Instant.parse("2026-03-01T09:30:00Z");
  /** Timestamp of the raw records (when they were sent): half an hour after the first event. */
  static final Instant SENT = Instant.parse("2026-03-01T10:00:00Z");

  private static final JsonSerde<CloudEvent> EVENTS = JsonSerde.of(CloudEvent.class);

  private StreamFixtures() {}

  static byte[] json(CloudEvent event) {
    return EVENTS.write(event);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** One interaction event of each of the seven interaction types, a minute apart from {@code from}. */
  static List<CloudEvent> interactionsOfEveryType(String customerId, String idPrefix, Instant from) {
    List<EventData> data = List.of(
        new PurchaseCompleted("order-1", OrderKind.ORDER, Money.of("59.97", "EUR"),
            List.of(new LineItem("sku-1", "books", 3, new BigDecimal("19.99"))), SalesChannel.WEB),
        new PurchaseRefunded("order-1", "refund-1", RefundKind.RETURN, Money.of("19.99", "EUR"),
            List.of(new LineItem("sku-1", "books", 1, new BigDecimal("19.99"))), "arrived damaged"),
        new ContactLogged("contact-1", ContactChannel.PHONE, ContactDirection.OUTBOUND, ContactPurpose.FOLLOW_UP,
            ContactOutcome.REACHED, "agent-7", 312),
        new ComplaintOpened("complaint-1", "delivery", Severity.HIGH, "sku-1", ContactChannel.EMAIL, false),
        new ComplaintResponded("complaint-1", ContactChannel.EMAIL, "agent-7"),
        new ComplaintResolved("complaint-1", Resolution.REPLACEMENT, true, "sent a new copy"),
        new SurveyAnswered("survey-1", SurveyMetric.NPS, 9, "support", "quick"));
    return events(customerId, idPrefix, from, data);
  }

  /** A registration, an update and a consent change, a minute apart from {@code from}. */
  static List<CloudEvent> customerEventsOfEveryType(String customerId, String idPrefix, Instant from) {
    return events(customerId, idPrefix, from, List.of(registered("Ada Example"), updated("Ada Lovelace"),
        new ConsentChanged(ContactChannel.SMS, ContactPurpose.PROMOTION, ConsentStatus.WITHDRAWN)));
  }

  static CustomerRegistered registered(String name) {
    return new CustomerRegistered(name, "ada@example.com", "+44 20 7946 0000", LocalDate.of(1985, 12, 10),
        "EU-WEST", "publishing", CompanySize.SMALL, List.of(ContactChannel.EMAIL));
  }

  static CustomerUpdated updated(String name) {
    return new CustomerUpdated(name, "ada@example.org", null, LocalDate.of(1985, 12, 10), "EU-WEST",
        "publishing", CompanySize.MEDIUM, List.of(ContactChannel.EMAIL, ContactChannel.PHONE));
  }

  static CloudEvent purchase(String id, String customerId, Instant time) {
    return CloudEvent.of(id, "shop/eu-1", customerId, time,
        new PurchaseCompleted("order-" + id, OrderKind.ORDER, Money.of("10.00", "EUR"), List.of(),
            SalesChannel.APP));
  }

  private static List<CloudEvent> events(String customerId, String idPrefix, Instant from, List<EventData> data) {
    List<CloudEvent> events = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      events.add(CloudEvent.of(idPrefix + "-" + i, "shop/eu-1", customerId, from.plusSeconds(60L * i), data.get(i)));
    }
    return events;
  }

  /**
   * A raw record the validator must refuse, and the dead letter it must get.
   *
   * @param fieldPath the expected JSON pointer of the field at fault
   * @param messagePart a piece of text the dead letter's message must contain
   */
  record BadInput(String name, String key, byte[] value, String reason, String fieldPath, String messagePart) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A valid purchase of customer {@code c-bad}, as JSON text, to break in one place. */
  private static String purchaseJson(String id) {
    return """
        {"specversion":"1.0","id":"%s","source":"shop/eu-1","type":"retention.purchase.completed.v1",\
        "subject":"c-bad","time":"2026-03-01T09:30:00Z",\
        "data":{"orderId":"%s","kind":"ORDER","total":{"amount":"59.97","currency":"EUR"}}}""".formatted(id, id);
  }

  private static byte[] broken(String id, String from, String to) {
    String valid = purchaseJson(id);
    String result = valid.replace(from, to);
    if (result.equals(valid)) {
      throw new IllegalArgumentException("fixture edit '" + from + "' changed nothing");
    }
    return bytes(result);
  }

  private static byte[] survey(String id, int score) {
    return bytes("""
        {"specversion":"1.0","id":"%s","source":"survey","type":"retention.survey.answered.v1","subject":"c-bad",\
        "time":"2026-03-01T09:30:00Z","data":{"surveyId":"%s","metric":"NPS","score":%d,"touchpoint":"support"}}"""
        .formatted(id, id, score));
  }

  /** Every kind of bad input of the issue, each with a distinct event id. */
  static List<BadInput> badInputs() {
    String key = "c-bad";
    String tooBig = purchaseJson("b-oversize")
        .replace("\"kind\":\"ORDER\"", "\"note\":\"" + "x".repeat(70_000) + "\",\"kind\":\"ORDER\"");
    return List.of(
        new BadInput("malformed JSON", key, bytes("{\"specversion\":\"1.0\",\"id\":"), RejectReason.MALFORMED_JSON,
            "", "not valid JSON"),
        new BadInput("valid JSON but not an object", key, bytes("[1,2,3]"), RejectReason.MALFORMED_JSON, "",
            "got array"),
        new BadInput("unknown type", key,
            broken("b-type", "retention.purchase.completed.v1", "retention.purchase.lost.v1"),
            RejectReason.UNKNOWN_TYPE, "/type", ""),
        new BadInput("missing id", key, broken("b-id", "\"id\":\"b-id\",", ""), RejectReason.INVALID_EVENT, "/id",
            "'id'"),
        new BadInput("missing subject", key, broken("b-subject", "\"subject\":\"c-bad\",", ""),
            RejectReason.INVALID_EVENT, "/subject", "'subject'"),
        new BadInput("missing time", key, broken("b-time", "\"time\":\"2026-03-01T09:30:00Z\",", ""),
            RejectReason.INVALID_EVENT, "/time", "'time'"),
        new BadInput("wrong field type", key, broken("b-kind", "\"kind\":\"ORDER\"", "\"kind\":7"),
            RejectReason.INVALID_EVENT, "/data/kind", "string expected"),
        new BadInput("wrong type of an envelope field", key, broken("b-idtype", "\"id\":\"b-idtype\"", "\"id\":17"),
            RejectReason.INVALID_EVENT, "/id", "string expected"),
        new BadInput("negative amount", key, broken("b-negative", "\"59.97\"", "\"-5\""),
            RejectReason.INVALID_EVENT, "/data/total/amount", ""),
        new BadInput("non-numeric amount", key, broken("b-lots", "\"59.97\"", "\"lots\""),
            RejectReason.INVALID_EVENT, "/data/total/amount", ""),
        new BadInput("amount as a JSON number", key, broken("b-number", "\"59.97\"", "59.97"),
            RejectReason.INVALID_EVENT, "/data/total/amount", "string expected"),
        new BadInput("unknown currency", key, broken("b-currency", "\"EUR\"", "\"XYZ\""),
            RejectReason.INVALID_EVENT, "/data/total", "XYZ"),
        new BadInput("NPS above 10", key, survey("b-nps-high", 11), RejectReason.INVALID_EVENT, "/data/score", ""),
        new BadInput("NPS below 0", key, survey("b-nps-low", -1), RejectReason.INVALID_EVENT, "/data/score", ""),
        new BadInput("time far in the future", key,
            broken("b-future", "2026-03-01T09:30:00Z", "2026-03-02T09:30:00Z"), RejectReason.INVALID_EVENT,
            "/time", "clock skew"),
        new BadInput("time before 1970", key, broken("b-1969", "2026-03-01T09:30:00Z", "1969-12-31T23:59:59Z"),
            RejectReason.INVALID_EVENT, "/time", "earliest"),
        new BadInput("oversize event", key, bytes(tooBig), RejectReason.TOO_LARGE, "", "at most 65536 bytes"),
        new BadInput("invalid UTF-8", key,
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, RejectReason.MALFORMED_JSON,
            "", "UTF-8"),
        new BadInput("empty body", key, new byte[0], RejectReason.MALFORMED_JSON, "", "empty"),
        new BadInput("null value", key, null, RejectReason.MALFORMED_JSON, "", "no value"),
        new BadInput("null Kafka key", null, broken("b-nokey", "\"kind\":\"ORDER\"", "\"kind\":\"UPSELL\""),
            RejectReason.KEY_MISMATCH, "/subject", "no key"),
        new BadInput("key that differs from the subject", "c-other",
            broken("b-otherkey", "\"kind\":\"ORDER\"", "\"kind\":\"RENEWAL\""), RejectReason.KEY_MISMATCH,
            "/subject", "c-other"));
  }
}
