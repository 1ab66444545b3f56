package dev.retention.deploy.demo;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResolved;
import dev.retention.contracts.events.ComplaintResponded;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.ContactLogged;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.events.CustomerRegistered;
import dev.retention.contracts.events.EventData;
import dev.retention.contracts.events.LineItem;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.Resolution;
import dev.retention.contracts.events.SalesChannel;
import dev.retention.contracts.events.Severity;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.contracts.events.SurveyMetric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The events of one demo customer over a stretch of time: registration, purchases (a Poisson process thinned by the
 * customer's rate at each moment, so a drifting customer's purchases fade), now and then a contact, a complaint that
 * is answered and resolved within hours, a survey answer; and what the customer's trait adds near the end.
 * Deterministic for a customer and seed: ids are numbered per customer.
 */
public final class DemoEvents {

  /** The CloudEvents source of every demo event. */
  public static final String SOURCE = "demo/generator";

  static final double CONTACTS_PER_WEEK = 0.04;
  static final double COMPLAINTS_PER_WEEK = 0.008;
  static final double SURVEY_AFTER_PURCHASE = 0.1;
  private static final double SECONDS_PER_WEEK = 7 * 86_400.0;

  private final long seed;

  public DemoEvents(long seed) {
    this.seed = seed;
  }

  /** An event with the customer id as its key. */
  public record Keyed(String key, CloudEvent event) {}

  /** The customer's whole history up to {@code now}, in event-time order. */
  public List<Keyed> history(DemoCustomer customer, Instant now) {
    SplittableRandom random = new SplittableRandom(seed ^ customer.id().hashCode() * 0x9E3779B97F4A7C15L);
    Ids ids = new Ids(customer.id());
    List<Keyed> events = new ArrayList<>();
    events.add(event(ids, customer, customer.since(), registration(customer)));
    purchases(customer, customer.since(), now, random, ids, events);
    background(customer, customer.since(), now, random, ids, events);
    trait(customer, now, random, ids, events);
    events.removeIf(e -> e.event().time().isAfter(now));
    events.sort(java.util.Comparator.comparing((Keyed e) -> e.event().time()));
    return events;
  }

  private void purchases(DemoCustomer customer, Instant from, Instant to, SplittableRandom random, Ids ids,
      List<Keyed> out) {
    double max = customer.purchasesPerWeek();
    double t = from.getEpochSecond();
    while (true) {
      t += -Math.log(1 - random.nextDouble()) / max * SECONDS_PER_WEEK;
      if (t >= to.getEpochSecond()) {
        return;
      }
      Instant at = Instant.ofEpochSecond((long) t);
      if (random.nextDouble() * max < customer.rateAt(at)) {
        out.add(event(ids, customer, at, purchase(customer, random, ids)));
        if (random.nextDouble() < SURVEY_AFTER_PURCHASE && customer.trait() != Trait.DETRACTOR) {
          out.add(event(ids, customer, at.plus(Duration.ofDays(2)), new SurveyAnswered(ids.next("survey"),
              SurveyMetric.NPS, 7 + random.nextInt(4), "after-purchase", null)));
        }
      }
    }
  }

  private void background(DemoCustomer customer, Instant from, Instant to, SplittableRandom random, Ids ids,
      List<Keyed> out) {
    for (Instant at : poisson(from, to, CONTACTS_PER_WEEK, random)) {
      out.add(event(ids, customer, at, new ContactLogged(ids.next("contact"), ContactChannel.PHONE,
          ContactDirection.INBOUND, ContactPurpose.SERVICE, ContactOutcome.RESOLVED, "agent-" + random.nextInt(40),
          60 + random.nextInt(900))));
    }
    for (Instant at : poisson(from, to, COMPLAINTS_PER_WEEK, random)) {
      String complaint = ids.next("complaint");
      out.add(event(ids, customer, at, new ComplaintOpened(complaint, "delivery", Severity.MEDIUM, null,
          ContactChannel.EMAIL, false)));
      Instant responded = at.plus(Duration.ofMinutes(20 + random.nextInt(90)));
      out.add(event(ids, customer, responded, new ComplaintResponded(complaint, ContactChannel.EMAIL,
          "agent-" + random.nextInt(40))));
      out.add(event(ids, customer, responded.plus(Duration.ofHours(2 + random.nextInt(18))),
          new ComplaintResolved(complaint, Resolution.REPLACEMENT, true, null)));
    }
  }

  private void trait(DemoCustomer customer, Instant now, SplittableRandom random, Ids ids, List<Keyed> out) {
    switch (customer.trait()) {
      case UNANSWERED_COMPLAINT -> {
        Instant at = now.minus(Duration.ofMinutes(240 + random.nextInt(3 * 24 * 60)));
        Severity severity = random.nextBoolean() ? Severity.HIGH : Severity.MEDIUM;
        out.add(event(ids, customer, at, new ComplaintOpened(ids.next("complaint"), "billing", severity, null,
            ContactChannel.PHONE, false)));
      }
      case DETRACTOR -> {
        Instant earlier = now.minus(Duration.ofDays(60 + random.nextInt(60)));
        if (earlier.isAfter(customer.since())) {
          out.add(event(ids, customer, earlier, new SurveyAnswered(ids.next("survey"), SurveyMetric.NPS,
              8 + random.nextInt(3), "support", null)));
        }
        Instant at = now.minus(Duration.ofHours(6 + random.nextInt(14 * 24)));
        out.add(event(ids, customer, at, new SurveyAnswered(ids.next("survey"), SurveyMetric.NPS,
            random.nextInt(5), "support", "Nobody helped me")));
      }
      case STEADY, DRIFTING -> { }
    }
  }

  /** One live event for {@code customer} at {@code at}: mostly purchases, now and then a contact or survey. */
  public Keyed live(DemoCustomer customer, Instant at, SplittableRandom random, String id) {
    Ids ids = new Ids(id);
    int roll = random.nextInt(100);
    EventData data = roll < 80 ? purchase(customer, random, ids)
        : roll < 92 ? new ContactLogged(ids.next("contact"), ContactChannel.CHAT, ContactDirection.INBOUND,
            ContactPurpose.SERVICE, ContactOutcome.RESOLVED, "agent-" + random.nextInt(40), 30 + random.nextInt(600))
        : new SurveyAnswered(ids.next("survey"), SurveyMetric.NPS, 6 + random.nextInt(5), "after-purchase", null);
    return new Keyed(customer.id(), CloudEvent.of(id, SOURCE, customer.id(), at, data));
  }

  private static PurchaseCompleted purchase(DemoCustomer customer, SplittableRandom random, Ids ids) {
    int lines = 1 + random.nextInt(3);
    List<LineItem> items = new ArrayList<>(lines);
    BigDecimal total = BigDecimal.ZERO;
    for (int l = 0; l < lines; l++) {
      String category = random.nextInt(10) < 7 ? customer.category()
          : DemoPopulation.CATEGORIES[random.nextInt(DemoPopulation.CATEGORIES.length)];
      double factor = Math.exp(0.4 * DemoPopulation.gaussian(random)) / lines;
      BigDecimal price = customer.meanOrder().multiply(BigDecimal.valueOf(factor)).max(BigDecimal.ONE)
          .setScale(2, RoundingMode.HALF_UP);
      items.add(new LineItem(category + "-" + random.nextInt(300), category, 1, price));
      total = total.add(price);
    }
    return new PurchaseCompleted(ids.next("order"), OrderKind.ORDER, new Money(total, "EUR"), items,
        random.nextInt(4) == 0 ? SalesChannel.STORE : SalesChannel.WEB);
  }

  private static CustomerRegistered registration(DemoCustomer customer) {
    return new CustomerRegistered("Demo Customer " + customer.id().substring(5), customer.id() + "@example.com",
        null, customer.birthday(), "EU", null, null, List.of(ContactChannel.EMAIL, ContactChannel.PHONE));
  }

  private static List<Instant> poisson(Instant from, Instant to, double perWeek, SplittableRandom random) {
    List<Instant> times = new ArrayList<>();
    double t = from.getEpochSecond();
    while (true) {
      t += -Math.log(1 - random.nextDouble()) / perWeek * SECONDS_PER_WEEK;
      if (t >= to.getEpochSecond()) {
        return times;
      }
      times.add(Instant.ofEpochSecond((long) t));
    }
  }

  private static Keyed event(Ids ids, DemoCustomer customer, Instant at, EventData data) {
    return new Keyed(customer.id(), CloudEvent.of(ids.next("evt"), SOURCE, customer.id(), at, data));
  }

  /** Ids numbered per customer, so the same seed gives the same ids and the validator drops a re-publication. */
  private static final class Ids {
    private final String prefix;
    private int next;

    Ids(String prefix) {
      this.prefix = prefix;
    }

    String next(String kind) {
      return kind + "-" + prefix + "-" + next++;
    }
  }
}
