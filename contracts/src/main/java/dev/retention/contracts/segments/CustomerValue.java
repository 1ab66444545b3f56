package dev.retention.contracts.segments;

import dev.retention.contracts.events.Require;
import dev.retention.contracts.events.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a customer is worth to us and where they stand: the value of the compacted topic
 * {@code retention.customer-value.v1}, keyed by customer id. Written by the segmentation service whenever one of its
 * fields changes; the newest record is the whole truth, a tombstone means the customer was erased.
 *
 * <p>A record exists from the customer's first purchase on. Contacts, complaints and survey answers that came before
 * it are kept by the service and appear in that first record.
 *
 * <p>RFM raw values: <b>recency</b> is {@link #lastPurchaseAt()} itself, not a number of days, because a number of
 * days is stale the day after it is written and a compacted record is not rewritten daily; {@link #recencyDays}
 * computes it for any instant. <b>Frequency</b> is {@link #purchaseCount()} (and its last-12-months part),
 * <b>monetary</b> {@link #spend()} (and its last-12-months part).
 *
 * <p>Money: every {@link Money} in the record is in one <b>reporting currency</b> (the currency of {@link #spend()},
 * set by the definitions): each amount is converted with the definitions' rate table and rounded to the definitions'
 * scale once, when it is applied. {@link #spendByCurrency()} keeps what the customer paid in each currency exactly,
 * unconverted and unrounded. Spend is gross: refunds are reported apart, in {@link #refunds()}.
 *
 * <p>"Last 12 months" is the definitions' value window up to {@link #asOf()}: by default the 364 days (52 weeks)
 * ending with the day of {@code asOf}; {@link #definitionsVersion()} names exactly which.
 *
 * @param customerId the pseudonymous customer id; the Kafka key
 * @param asOf event time of the newest change this record reflects: the time of the newest event applied, or the due
 *     time of the timer that changed it (a customer lapsing); never the wall clock, never goes back
 * @param definitionsVersion the version of the definitions (scoring, tier, frequency and lifecycle rules, windows,
 *     reporting currency and rates) that produced this record, e.g. {@code defaults-2026.1}; 1-128 characters
 * @param firstPurchaseAt event time of the customer's first purchase
 * @param lastPurchaseAt event time of the customer's latest purchase: the recency raw value
 * @param purchaseCount purchase occasions over the customer's whole history, at least 1: the frequency raw value
 * @param purchaseCountLast12Months purchase occasions in the last 12 months, at most {@code purchaseCount}
 * @param typicalIntervalDays the customer's typical time between purchase occasions (as the definitions measure it,
 *     e.g. the median of the recent gaps), in whole days rounded down; absent until the definitions have enough
 *     purchases to tell, never present with a single purchase
 * @param spend gross spend on completed purchases over the whole history, in the reporting currency: the monetary
 *     raw value; its currency is the record's reporting currency
 * @param spendLast12Months the part of {@code spend} in the last 12 months, in the reporting currency
 * @param spendByCurrency lifetime spend per currency paid in, unconverted, ordered by currency code; at least one
 *     entry
 * @param rfmScores R, F and M scores 1-5; absent while no population distribution exists yet to score against
 * @param valueTier always present: the definitions place every customer (a percentile mode falls back to fixed
 *     thresholds until a population distribution exists)
 * @param frequencyClass always present
 * @param lifecycleStage always present
 * @param refunds refunds over the whole history, amount in the reporting currency
 * @param contacts contact counts per (channel, direction) over the whole history, ordered by channel then direction,
 *     one entry per pair that had contacts
 * @param complaints open and resolved complaints
 * @param surveys the latest answer per survey metric
 * @param topCategories the categories the customer spends most on, ranked by {@link Preference#RANKING}; how many is
 *     configuration (by default 5), at most {@value #MAX_TOP}
 * @param topProducts the products the customer spends most on, ranked the same way, up to the same number
 */
public record CustomerValue(
    String customerId,
    Instant asOf,
    String definitionsVersion,
    Instant firstPurchaseAt,
    Instant lastPurchaseAt,
    int purchaseCount,
    int purchaseCountLast12Months,
    Integer typicalIntervalDays,
    Money spend,
    Money spendLast12Months,
    List<CurrencySpend> spendByCurrency,
    RfmScores rfmScores,
    ValueTier valueTier,
    FrequencyClass frequencyClass,
    LifecycleStage lifecycleStage,
    RefundSummary refunds,
    List<ContactCount> contacts,
    ComplaintCounts complaints,
    SurveyScores surveys,
    List<Preference> topCategories,
    List<Preference> topProducts) {

  /** The longest top list. */
  public static final int MAX_TOP = 10;
  /** The longest {@link #definitionsVersion()}. */
  public static final int MAX_DEFINITIONS_VERSION = 128;

  public CustomerValue {
    Require.identifier(customerId, "customerId");
    Require.present(asOf, "asOf");
    Check.text(definitionsVersion, MAX_DEFINITIONS_VERSION, "definitionsVersion");
    Require.present(firstPurchaseAt, "firstPurchaseAt");
    Require.present(lastPurchaseAt, "lastPurchaseAt");
    if (lastPurchaseAt.isBefore(firstPurchaseAt)) {
      throw new IllegalArgumentException("lastPurchaseAt must not be before firstPurchaseAt");
    }
    if (asOf.isBefore(lastPurchaseAt)) {
      throw new IllegalArgumentException("asOf must not be before lastPurchaseAt");
    }
    Check.atLeast(purchaseCount, 1, "purchaseCount");
    Require.between(purchaseCountLast12Months, 0, purchaseCount, "purchaseCountLast12Months");
    if (typicalIntervalDays != null) {
      Check.atLeast(typicalIntervalDays, 0, "typicalIntervalDays");
      if (purchaseCount < 2) {
        throw new IllegalArgumentException("typicalIntervalDays must be absent with a single purchase");
      }
    }
    Require.present(spend, "spend");
    String currency = spend.currency();
    Check.inCurrency(spendLast12Months, currency, "spendLast12Months");
    Check.notAbove(spendLast12Months.amount(), spend.amount(), "spendLast12Months", "spend");
    if (purchaseCountLast12Months == 0 && spendLast12Months.amount().signum() != 0) {
      throw new IllegalArgumentException("spendLast12Months must be 0 when purchaseCountLast12Months is 0");
    }
    spendByCurrency = byCurrency(spendByCurrency);
    Require.present(valueTier, "valueTier");
    Require.present(frequencyClass, "frequencyClass");
    Require.present(lifecycleStage, "lifecycleStage");
    Require.present(refunds, "refunds");
    Check.inCurrency(refunds.amount(), currency, "refunds.amount");
    contacts = contacts(contacts);
    Require.present(complaints, "complaints");
    Require.present(surveys, "surveys");
    topCategories = top(topCategories, currency, "topCategories");
    topProducts = top(topProducts, currency, "topProducts");
  }

  /** The currency of every {@link Money} in this record: the currency of {@link #spend()}. */
  public String reportingCurrency() {
    return spend.currency();
  }

  /** Whole days from {@link #lastPurchaseAt()} to {@code at}; 0 if {@code at} is not after it. */
  public long recencyDays(Instant at) {
    return Math.max(0, Duration.between(lastPurchaseAt, at).toDays());
  }

  private static List<CurrencySpend> byCurrency(List<CurrencySpend> values) {
    List<CurrencySpend> sorted = new ArrayList<>(Require.list(values, "spendByCurrency"));
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("spendByCurrency must have an entry for every currency paid in");
    }
    sorted.sort((a, b) -> a.currency().compareTo(b.currency()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).currency().equals(sorted.get(i - 1).currency())) {
        throw new IllegalArgumentException("spendByCurrency has two entries for " + sorted.get(i).currency());
      }
    }
    return List.copyOf(sorted);
  }

  private static List<ContactCount> contacts(List<ContactCount> values) {
    List<ContactCount> sorted = new ArrayList<>(Require.list(values, "contacts"));
    sorted.sort(ContactCount.ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (ContactCount.ORDER.compare(sorted.get(i), sorted.get(i - 1)) == 0) {
        throw new IllegalArgumentException("contacts has two entries for " + sorted.get(i).channel() + " "
            + sorted.get(i).direction());
      }
    }
    return List.copyOf(sorted);
  }

  private static List<Preference> top(List<Preference> values, String currency, String field) {
    List<Preference> ranked = new ArrayList<>(Require.list(values, field));
    if (ranked.size() > MAX_TOP) {
      throw new IllegalArgumentException(field + " must have at most " + MAX_TOP + " entries, had " + ranked.size());
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < ranked.size(); i++) {
      Preference preference = ranked.get(i);
      if (!ids.add(preference.id())) {
        throw new IllegalArgumentException(field + " lists '" + preference.id() + "' twice");
      }
      Check.inCurrency(preference.spend(), currency, field + "[" + i + "].spend");
    }
    ranked.sort(Preference.RANKING);
    return List.copyOf(ranked);
  }
}
