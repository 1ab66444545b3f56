package dev.retention.segmentation;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResolved;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.ContactLogged;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.events.InteractionData;
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
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.state.CustomerFold;
import dev.retention.segmentation.state.CustomerState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Events and times for the segmentation tests; every time is explicit. */
public final class Fixtures {

  /** A Monday, 10:00 UTC. */
  public static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  public static final String CUSTOMER = "cust-42";

  private static final AtomicInteger IDS = new AtomicInteger();

  private Fixtures() {}

  public static Instant day(double days) {
    return T0.plus(Duration.ofMillis(Math.round(days * 86_400_000L)));
  }

  public static Instant days(long days) {
    return T0.plus(Duration.ofDays(days));
  }

  public static CloudEvent event(Instant time, InteractionData data) {
    return CloudEvent.of("e-" + IDS.incrementAndGet(), "test", CUSTOMER, time, data);
  }

  public static PurchaseCompleted purchase(String amount) {
    return purchase(amount, "EUR");
  }

  public static PurchaseCompleted purchase(String amount, String currency, LineItem... items) {
    return new PurchaseCompleted("o-" + IDS.incrementAndGet(), OrderKind.ORDER, Money.of(amount, currency),
        List.of(items), SalesChannel.WEB);
  }

  public static LineItem item(String product, String category, int quantity, String unitPrice) {
    return new LineItem(product, category, quantity, new BigDecimal(unitPrice));
  }

  public static PurchaseRefunded refund(String amount, String currency, LineItem... items) {
    return new PurchaseRefunded("o-1", "r-" + IDS.incrementAndGet(), RefundKind.REFUND, Money.of(amount, currency),
        List.of(items), "broken");
  }

  public static ContactLogged contact(ContactChannel channel, ContactDirection direction) {
    return new ContactLogged("c-" + IDS.incrementAndGet(), channel, direction, ContactPurpose.CARE,
        ContactOutcome.REACHED, "agent-1", 120);
  }

  public static ComplaintOpened complaintOpened(String id) {
    return new ComplaintOpened(id, "delivery", Severity.HIGH, null, ContactChannel.EMAIL, false);
  }

  public static ComplaintResolved complaintResolved(String id) {
    return new ComplaintResolved(id, Resolution.REFUND, true, null);
  }

  public static SurveyAnswered survey(SurveyMetric metric, int score) {
    return new SurveyAnswered("s-" + IDS.incrementAndGet(), metric, score, "purchase", null);
  }

  /** Folds purchases of {@code amount} EUR at the given days after {@link #T0}. */
  public static CustomerState purchasesAt(SegmentationConfig config, String amount, double... daysAfterT0) {
    CustomerFold fold = new CustomerFold(config);
    CustomerState state = fold.initial();
    for (double d : daysAfterT0) {
      state = fold.apply(state, event(day(d), purchase(amount)));
    }
    return state;
  }
}
