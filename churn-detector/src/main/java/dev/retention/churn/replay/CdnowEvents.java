package dev.retention.churn.replay;

import dev.retention.churn.backtest.CdnowRow;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * CDNOW rows as the platform's purchase events, as the bulk importer would publish them: one purchase per row at
 * midnight UTC of its date, in US dollars, event id from the row's line so that a replay has stable ids.
 */
public final class CdnowEvents {

  public static final String CURRENCY = "USD";

  private CdnowEvents() {}

  /** The purchase events of the rows dated before {@code until} (exclusive), in time order. */
  public static List<CloudEvent> before(List<CdnowRow> rows, Instant until) {
    return rows.stream()
        .filter(r -> start(r).isBefore(until))
        .sorted(Comparator.comparing(CdnowEvents::start).thenComparingInt(CdnowRow::line))
        .map(CdnowEvents::event)
        .toList();
  }

  static CloudEvent event(CdnowRow row) {
    PurchaseCompleted purchase = new PurchaseCompleted("cdnow-order-" + row.line(), OrderKind.ORDER,
        new Money(row.amount(), CURRENCY), List.of(), null);
    return CloudEvent.of("cdnow-" + row.line(), "urn:import:cdnow", customerId(row), start(row), purchase);
  }

  /** The platform customer id of a CDNOW customer. */
  public static String customerId(CdnowRow row) {
    return "cdnow-" + row.customerId();
  }

  private static Instant start(CdnowRow row) {
    return row.date().atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
