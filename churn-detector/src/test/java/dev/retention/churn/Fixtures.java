package dev.retention.churn;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResolved;
import dev.retention.contracts.events.ComplaintResponded;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.ContactLogged;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.events.InteractionData;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Events and times for the churn tests; every time is explicit. */
public final class Fixtures {

  /** Midnight UTC, a Monday, so that day windows start at T0 + n days. */
  public static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

  private static final AtomicInteger IDS = new AtomicInteger();

  private Fixtures() {}

  public static Instant days(double days) {
    return T0.plus(Duration.ofMillis(Math.round(days * 86_400_000L)));
  }

  public static Instant hours(double hours) {
    return T0.plus(Duration.ofMillis(Math.round(hours * 3_600_000L)));
  }

  public static CloudEvent event(String customer, Instant time, InteractionData data) {
    return CloudEvent.of(customer + "-e" + IDS.incrementAndGet(), "test", customer, time, data);
  }

  public static PurchaseCompleted purchase(String amount) {
    return new PurchaseCompleted("o-" + IDS.incrementAndGet(), OrderKind.ORDER, Money.of(amount, "EUR"), List.of(),
        SalesChannel.WEB);
  }

  public static PurchaseRefunded refund() {
    return new PurchaseRefunded("o-1", "r-" + IDS.incrementAndGet(), RefundKind.REFUND, Money.of("10.00", "EUR"),
        List.of(), "broken");
  }

  public static ContactLogged contact() {
    return new ContactLogged("c-" + IDS.incrementAndGet(), ContactChannel.PHONE, ContactDirection.INBOUND,
        ContactPurpose.CARE, ContactOutcome.REACHED, "agent-1", 120);
  }

  public static ComplaintOpened complaint(String id, Severity severity) {
    return new ComplaintOpened(id, "delivery", severity, null, ContactChannel.EMAIL, false);
  }

  public static ComplaintOpened reopened(String id) {
    return new ComplaintOpened(id, "delivery", Severity.MEDIUM, null, ContactChannel.EMAIL, true);
  }

  public static ComplaintResponded responded(String id) {
    return new ComplaintResponded(id, ContactChannel.EMAIL, "agent-1");
  }

  public static ComplaintResolved resolved(String id) {
    return new ComplaintResolved(id, Resolution.REFUND, true, null);
  }

  public static SurveyAnswered survey(SurveyMetric metric, int score) {
    return new SurveyAnswered("s-" + IDS.incrementAndGet(), metric, score, "support", null);
  }
}
