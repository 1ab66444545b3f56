package dev.retention.contracts;

import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.segments.ComplaintCounts;
import dev.retention.contracts.segments.ContactCount;
import dev.retention.contracts.segments.CurrencySpend;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.LifecycleStageChanged;
import dev.retention.contracts.segments.Preference;
import dev.retention.contracts.segments.RefundSummary;
import dev.retention.contracts.segments.RfmScores;
import dev.retention.contracts.segments.SegmentChange;
import dev.retention.contracts.segments.SurveyScores;
import dev.retention.contracts.segments.TierChanged;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Example segmentation outputs: one with every optional field set, one with only the required ones. */
public final class SegmentExamples {

  public static final Instant AS_OF = Instant.parse("2026-03-01T09:30:00Z");
  public static final String DEFINITIONS = "defaults-2026.1";

  private SegmentExamples() {}

  /** Paid in two currencies, scored, with contacts, complaints, surveys and preferences. */
  public static CustomerValue full() {
    return new CustomerValue("cust-42", AS_OF, DEFINITIONS,
        Instant.parse("2024-05-10T12:00:00Z"), Instant.parse("2026-02-20T18:15:00Z"),
        7, 3, 41,
        Money.of("412.50", "EUR"), Money.of("120.00", "EUR"),
        List.of(new CurrencySpend("EUR", new BigDecimal("300.00")), new CurrencySpend("USD", new BigDecimal("125.00"))),
        new RfmScores(4, 3, 5),
        ValueTier.HIGH, FrequencyClass.LOW_FREQUENCY, LifecycleStage.ACTIVE,
        new RefundSummary(1, Money.of("19.99", "EUR")),
        List.of(new ContactCount(ContactChannel.PHONE, ContactDirection.OUTBOUND, 2),
            new ContactCount(ContactChannel.EMAIL, ContactDirection.INBOUND, 1)),
        new ComplaintCounts(1, 2),
        new SurveyScores(9, Instant.parse("2026-01-15T10:00:00Z"), 4, Instant.parse("2025-12-01T08:00:00Z"), null,
            null),
        List.of(new Preference("books", 4, Money.of("180.00", "EUR")),
            new Preference("music", 2, Money.of("39.98", "EUR"))),
        List.of(new Preference("sku-1", 3, Money.of("59.97", "EUR")),
            new Preference("sku-2", 1, Money.of("19.99", "EUR"))));
  }

  /** Right after a first purchase, before any population distribution exists. */
  public static CustomerValue minimal() {
    Instant first = Instant.parse("2026-02-28T16:00:00Z");
    return new CustomerValue("cust-7", first, DEFINITIONS, first, first, 1, 1, null,
        Money.of("59.97", "EUR"), Money.of("59.97", "EUR"),
        List.of(new CurrencySpend("EUR", new BigDecimal("59.97"))),
        null, ValueTier.LOW, FrequencyClass.LOW_FREQUENCY, LifecycleStage.NEW,
        RefundSummary.none("EUR"), List.of(), ComplaintCounts.NONE, SurveyScores.NONE, List.of(), List.of());
  }

  public static List<CustomerValue> values() {
    return List.of(full(), minimal());
  }

  /** A tier raised by a purchase, a first assignment, a lapse made by a timer, and a first stage. */
  public static List<SegmentChange> changes() {
    return List.of(
        new TierChanged("cust-42", ValueTier.MEDIUM, ValueTier.HIGH, AS_OF, "order-1001-completed", DEFINITIONS),
        new TierChanged("cust-7", null, ValueTier.LOW, AS_OF, "order-1-completed", DEFINITIONS),
        new LifecycleStageChanged("cust-42", LifecycleStage.AT_RISK, LifecycleStage.LAPSED,
            Instant.parse("2026-06-01T00:00:00Z"), null, DEFINITIONS),
        new LifecycleStageChanged("cust-7", null, LifecycleStage.NEW, AS_OF, "order-1-completed", DEFINITIONS));
  }
}
