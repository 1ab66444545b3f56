package dev.retention.segmentation.state;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResolved;
import dev.retention.contracts.events.ContactLogged;
import dev.retention.contracts.events.InteractionData;
import dev.retention.contracts.events.LineItem;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.PurchaseRefunded;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.segmentation.config.CurrencyRates;
import dev.retention.segmentation.config.MissingExchangeRateException;
import dev.retention.segmentation.config.SegmentationConfig;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds a customer's interaction events into their {@link CustomerState}: {@code apply(state, event) -> state}. Pure
 * and deterministic: the same events applied in the same order give equal states, and everything except the favourite
 * items (see {@link TopItems}) also comes out the same in any order.
 *
 * <p>Event times are used to the millisecond (Kafka's resolution). Purchase and refund amounts, and line items, are
 * converted to the reporting currency on arrival; an event in a currency without a rate is refused with a
 * {@link MissingExchangeRateException} before anything changes. The fold does not de-duplicate: ingestion already
 * drops repeated event ids.
 */
public final class CustomerFold {

  private final SegmentationConfig config;
  private final HistoryLayout layout;

  public CustomerFold(SegmentationConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.layout = config.windows().layout();
  }

  /** A customer nothing is known about yet. */
  public CustomerState initial() {
    return CustomerState.empty(config.currency().scale());
  }

  /**
   * The state after {@code event}. Events that are not interactions (customer profile events) change nothing.
   *
   * @throws MissingExchangeRateException if an amount is in a currency without a rate; the state is unchanged
   */
  public CustomerState apply(CustomerState state, CloudEvent event) {
    if (event.data() instanceof InteractionData data) {
      return apply(state, data, event.time());
    }
    return state;
  }

  /**
   * The state after an interaction that happened at {@code time}.
   *
   * @throws MissingExchangeRateException if an amount is in a currency without a rate; the state is unchanged
   */
  public CustomerState apply(CustomerState state, InteractionData data, Instant time) {
    Instant at = time.truncatedTo(ChronoUnit.MILLIS);
    int day = EventDays.dayOf(at);
    if (data instanceof PurchaseCompleted purchase) {
      return purchased(state, purchase, at, day);
    }
    if (data instanceof PurchaseRefunded refund) {
      return refunded(state, refund, day);
    }
    if (data instanceof ContactLogged contact) {
      return state.withContacts(state.contacts().plus(contact.channel(), contact.direction(), at))
          .withHistory(state.history().add(day, Tally.contact(config.currency().scale()), layout));
    }
    if (data instanceof ComplaintOpened opened) {
      return advanced(state, day).withComplaints(
          state.complaints().withOpened(opened.complaintId(), at, opened.severity()));
    }
    if (data instanceof ComplaintResolved resolved) {
      return advanced(state, day).withComplaints(state.complaints().withResolved(resolved.complaintId()));
    }
    if (data instanceof SurveyAnswered survey) {
      return advanced(state, day).withSurveys(state.surveys().with(survey.metric(), survey.score(), at));
    }
    return advanced(state, day); // a complaint response: nothing the segmentation keeps
  }

  /**
   * The state as of {@code now}: its history rolled forward (old days merged into weeks, weeks beyond the horizon
   * dropped). Changes no answer, only the size of the state; call it when a customer's timer fires.
   */
  public CustomerState advance(CustomerState state, Instant now) {
    return advanced(state, EventDays.dayOf(now));
  }

  private CustomerState advanced(CustomerState state, int day) {
    return state.withHistory(state.history().advanceTo(day, layout));
  }

  private CustomerState purchased(CustomerState state, PurchaseCompleted purchase, Instant at, int day) {
    CurrencyRates rates = config.currency();
    BigDecimal amount = rates.convert(purchase.total());
    String currency = purchase.total().currency();
    // one order counts once per category and product, however many of its lines name it
    Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
    Map<String, BigDecimal> byProduct = new LinkedHashMap<>();
    for (LineItem item : purchase.lineItems()) {
      BigDecimal line = rates.convert(item.lineTotal(), currency);
      if (item.category() != null) {
        byCategory.merge(item.category(), line, BigDecimal::add);
      }
      byProduct.merge(item.productId(), line, BigDecimal::add);
    }
    TopItems categories = state.categories();
    TopItems products = state.products();
    int capacity = config.preferences().candidates();
    for (Map.Entry<String, BigDecimal> e : byCategory.entrySet()) {
      categories = categories.add(e.getKey(), e.getValue(), capacity);
    }
    for (Map.Entry<String, BigDecimal> e : byProduct.entrySet()) {
      products = products.add(e.getKey(), e.getValue(), capacity);
    }
    PurchaseSummary purchases = state.purchases().withPurchase(at, amount, config.frequency().intervalSample(),
        config.lifecycle().lapsedAfter());
    return state.withPurchases(purchases)
        .withHistory(state.history().add(day, Tally.purchase(amount), layout))
        .withPreferences(categories, products);
  }

  private CustomerState refunded(CustomerState state, PurchaseRefunded refund, int day) {
    CurrencyRates rates = config.currency();
    BigDecimal amount = rates.convert(refund.amount());
    String currency = refund.amount().currency();
    TopItems categories = state.categories();
    TopItems products = state.products();
    for (LineItem item : refund.lineItems()) {
      BigDecimal line = rates.convert(item.lineTotal(), currency);
      if (item.category() != null) {
        categories = categories.subtract(item.category(), line);
      }
      products = products.subtract(item.productId(), line);
    }
    return state.withPurchases(state.purchases().withRefund(amount))
        .withHistory(state.history().add(day, Tally.refund(amount), layout))
        .withPreferences(categories, products);
  }
}
