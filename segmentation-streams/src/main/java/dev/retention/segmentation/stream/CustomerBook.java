package dev.retention.segmentation.stream;

import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the topology keeps about a customer besides their {@code CustomerState}: the bookkeeping of its outputs.
 *
 * @param asOf event time of the newest change published (the newest event applied, or the latest timer that fired);
 *     null before any; never goes back
 * @param due when the customer's segments next change if nothing happens (their entry in the due-time index); null
 *     if never
 * @param tier the value tier last published; null before the first customer value
 * @param frequencyClass the frequency class last published; null likewise
 * @param stage the lifecycle stage last published; null likewise
 * @param paid lifetime gross spend on completed purchases per currency paid in, unconverted and unrounded
 */
record CustomerBook(
    Instant asOf, Instant due, ValueTier tier, FrequencyClass frequencyClass, LifecycleStage stage,
    SortedMap<String, BigDecimal> paid) {

  static final CustomerBook NONE = new CustomerBook(null, null, null, null, null, new TreeMap<>());

  CustomerBook {
    paid = Collections.unmodifiableSortedMap(new TreeMap<>(paid));
  }

  /** The later of {@link #asOf} and {@code time}. */
  Instant asOfAtLeast(Instant time) {
    return asOf == null || time.isAfter(asOf) ? time : asOf;
  }

  CustomerBook withPaid(String currency, BigDecimal amount) {
    TreeMap<String, BigDecimal> more = new TreeMap<>(paid);
    more.merge(currency, amount, BigDecimal::add);
    return new CustomerBook(asOf, due, tier, frequencyClass, stage, more);
  }

  CustomerBook withDue(Instant newDue) {
    return new CustomerBook(asOf, newDue, tier, frequencyClass, stage, paid);
  }

  CustomerBook published(Instant newAsOf, ValueTier newTier, FrequencyClass newClass, LifecycleStage newStage) {
    return new CustomerBook(newAsOf, due, newTier, newClass, newStage, paid);
  }
}
