package dev.retention.segmentation.stream;

import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.segments.ComplaintCounts;
import dev.retention.contracts.segments.ContactCount;
import dev.retention.contracts.segments.CurrencySpend;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.Preference;
import dev.retention.contracts.segments.RefundSummary;
import dev.retention.contracts.segments.RfmScores;
import dev.retention.contracts.segments.SurveyScores;
import dev.retention.segmentation.policy.CustomerMetrics;
import dev.retention.segmentation.policy.CustomerSegments;
import dev.retention.segmentation.state.CustomerState;
import dev.retention.segmentation.state.RankedItem;
import dev.retention.segmentation.state.SurveyScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps the definitions' answer for a customer ({@link CustomerSegments}) and their state to the contract's
 * {@link CustomerValue}. The definitions speak the contract's tier, frequency class and stage enums directly.
 */
final class CustomerValues {

  private final String reportingCurrency;

  CustomerValues(String reportingCurrency) {
    this.reportingCurrency = reportingCurrency;
  }

  /** The value of a customer who has purchased, as of {@code asOf}. */
  CustomerValue of(String customerId, Instant asOf, CustomerState state, CustomerSegments s, CustomerBook book) {
    CustomerMetrics m = s.metrics();
    var p = state.purchases();
    Integer intervalDays = m.typicalInterval() == null || p.count() < 2
        ? null : Math.toIntExact(m.typicalInterval().toDays());
    RfmScores scores = s.scores() == null
        ? null : new RfmScores(s.scores().recency(), s.scores().frequency(), s.scores().monetary());
    return new CustomerValue(customerId, asOf, s.definitionsVersion(), p.first(), p.last(), p.count(),
        m.valueWindow().purchases(), intervalDays, money(p.spend()), money(m.valueWindow().spend()),
        spendByCurrency(book.paid()), scores, s.tier(), s.frequencyClass(), s.stage(),
        new RefundSummary(p.refunds(), money(p.refunded())), contacts(state), complaints(state), surveys(state),
        preferences(s.topCategories()), preferences(s.topProducts()));
  }

  private Money money(BigDecimal amount) {
    return new Money(amount, reportingCurrency);
  }

  private static List<CurrencySpend> spendByCurrency(Map<String, BigDecimal> paid) {
    return paid.entrySet().stream().map(e -> new CurrencySpend(e.getKey(), e.getValue())).toList();
  }

  private static List<ContactCount> contacts(CustomerState state) {
    List<ContactCount> counts = new ArrayList<>();
    for (ContactChannel channel : ContactChannel.values()) {
      for (ContactDirection direction : ContactDirection.values()) {
        int n = state.contacts().count(channel, direction);
        if (n > 0) {
          counts.add(new ContactCount(channel, direction, n));
        }
      }
    }
    return counts;
  }

  private static ComplaintCounts complaints(CustomerState state) {
    return new ComplaintCounts(state.complaints().openCount(), state.complaints().resolved());
  }

  private static SurveyScores surveys(CustomerState state) {
    var s = state.surveys();
    return new SurveyScores(score(s.nps()), at(s.nps()), score(s.csat()), at(s.csat()), score(s.ces()), at(s.ces()));
  }

  private static Integer score(SurveyScore s) {
    return s == null ? null : s.score();
  }

  private static Instant at(SurveyScore s) {
    return s == null ? null : s.at();
  }

  private List<Preference> preferences(List<RankedItem> items) {
    return items.stream().map(i -> new Preference(i.key(), Math.max(1, i.count()), money(i.spend()))).toList();
  }
}
