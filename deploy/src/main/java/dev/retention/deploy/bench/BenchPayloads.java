package dev.retention.deploy.bench;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.ContactLogged;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.events.EventData;
import dev.retention.contracts.events.LineItem;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SalesChannel;
import dev.retention.contracts.events.Severity;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.contracts.events.SurveyMetric;
import dev.retention.contracts.json.JsonSerde;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic event payloads for benchmarks, the same bytes for every measurement of a run: 70 % purchases with one to
 * three line items, 15 % contacts, 10 % complaints, 5 % surveys, spread over a customer population, event times
 * spread over the year before {@code end}. Deterministic for a seed, so runs compare.
 */
public final class BenchPayloads {

  /**
   * One payload: the Kafka key (customer id) and the CloudEvent JSON bytes.
   *
   * @param idEnd where in {@code json} the closing quote of the event's id is, so that a load generator can make
   *     the id unique again when it sends the same payloads once more
   */
  public record Payload(String key, byte[] json, int idEnd) {

    /** Key and value bytes, as they travel to Kafka. */
    public int size() {
      return key.length() + json.length;
    }
  }

  /** Customers the events are spread over. */
  public static final int CUSTOMERS = 10_000;

  /**
   * The newest event time. Fixed, so that the bytes of a seed never change; in the past, so that the gateway's and
   * validator's clock-skew rule accepts every event.
   */
  public static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

  /** The seed of {@code retention bench ingestion} unless told otherwise. */
  public static final long DEFAULT_SEED = 42;

  private static final String[] CATEGORIES = {"books", "music", "video", "games", "garden", "kitchen"};

  /** The CloudEvents source of every payload; an API key for source {@code bench} covers it. */
  public static final String SOURCE = "bench/load";

  private BenchPayloads() {}

  /** {@code count} payloads over {@link #CUSTOMERS} customers up to {@link #END}. */
  public static List<Payload> generate(int count, long seed) {
    return generate(count, CUSTOMERS, END, seed);
  }

  public static List<Payload> generate(int count, int customers, Instant end, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    JsonSerde<CloudEvent> serde = JsonSerde.of(CloudEvent.class);
    List<Payload> payloads = new ArrayList<>(count);
    long span = Duration.ofDays(365).toSeconds();
    for (int i = 0; i < count; i++) {
      String customer = "cust-" + random.nextInt(customers);
      Instant time = end.minusSeconds(span - (span * i) / Math.max(1, count));
      EventData data = data(random, i);
      String id = "bench-" + seed + "-" + i;
      byte[] json = serde.write(CloudEvent.of(id, SOURCE, customer, time, data));
      payloads.add(new Payload(customer, json, idEnd(json, id)));
    }
    return payloads;
  }

  /** Mean key and value bytes of a payload. */
  public static double meanSize(List<Payload> payloads) {
    return payloads.stream().mapToInt(Payload::size).average().orElse(0);
  }

  /** The offset of the quote that closes {@code "id"}'s value. */
  static int idEnd(byte[] json, String id) {
    byte[] needle = ("\"id\":\"" + id + "\"").getBytes(StandardCharsets.UTF_8);
    outer:
    for (int at = 0; at + needle.length <= json.length; at++) {
      for (int k = 0; k < needle.length; k++) {
        if (json[at + k] != needle[k]) {
          continue outer;
        }
      }
      return at + needle.length - 1;
    }
    throw new IllegalStateException("the id " + id + " is not in the serialized event");
  }

  static EventData data(SplittableRandom random, int i) {
    int roll = random.nextInt(100);
    if (roll < 70) {
      int lines = 1 + random.nextInt(3);
      List<LineItem> items = new ArrayList<>(lines);
      BigDecimal total = BigDecimal.ZERO;
      for (int l = 0; l < lines; l++) {
        BigDecimal price = BigDecimal.valueOf(199 + random.nextInt(9800)).movePointLeft(2)
            .setScale(2, RoundingMode.UNNECESSARY);
        int quantity = 1 + random.nextInt(2);
        items.add(new LineItem("sku-" + random.nextInt(5000), CATEGORIES[random.nextInt(CATEGORIES.length)],
            quantity, price));
        total = total.add(price.multiply(BigDecimal.valueOf(quantity)));
      }
      return new PurchaseCompleted("order-" + i, OrderKind.ORDER, new Money(total, "EUR"), items,
          SalesChannel.WEB);
    }
    if (roll < 85) {
      return new ContactLogged("contact-" + i, ContactChannel.PHONE, ContactDirection.INBOUND,
          ContactPurpose.SERVICE, ContactOutcome.RESOLVED, "agent-" + random.nextInt(50), 60 + random.nextInt(600));
    }
    if (roll < 95) {
      return new ComplaintOpened("complaint-" + i, "delivery", Severity.MEDIUM, "sku-" + random.nextInt(5000),
          ContactChannel.EMAIL, false);
    }
    return new SurveyAnswered("survey-" + i, SurveyMetric.NPS, random.nextInt(11), "support", null);
  }
}
