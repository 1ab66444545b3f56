package dev.retention.segmentation.state;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's purchases over their whole life: how many, when the first and the last, what they spent and got back,
 * the most recent purchase times (for the typical interval) and the last reactivation.
 *
 * @param count purchase occasions (completed orders) ever
 * @param first the earliest purchase; null before any
 * @param last the latest purchase; null before any
 * @param spend what all purchases totalled, reporting currency
 * @param refunds refund events ever
 * @param refunded what all refunds paid back
 * @param recent the newest purchase times, oldest first, at most the interval sample plus one
 * @param reactivatedAt the latest purchase that came a lapse period or more after the purchase before it; null if
 *     none
 */
public record PurchaseSummary(
    int count, Instant first, Instant last, BigDecimal spend, int refunds, BigDecimal refunded,
    List<Instant> recent, Instant reactivatedAt) {

  public PurchaseSummary {
    Objects.requireNonNull(spend, "spend");
    Objects.requireNonNull(refunded, "refunded");
    recent = List.copyOf(recent);
    if ((first == null) != (last == null) || (count == 0) != (last == null)) {
      throw new IllegalArgumentException("first and last purchase are there exactly when there were purchases");
    }
  }

  public static PurchaseSummary empty(int scale) {
    BigDecimal zero = BigDecimal.ZERO.setScale(scale);
    return new PurchaseSummary(0, null, null, zero, 0, zero, List.of(), null);
  }

  /**
   * With one more purchase at {@code time}, in any order of arrival.
   *
   * @param sampleGaps how many recent gaps to keep (so {@code sampleGaps + 1} times)
   * @param lapsedAfter a purchase at least this long after the one before it is a reactivation
   */
  public PurchaseSummary withPurchase(Instant time, BigDecimal amount, int sampleGaps, Duration lapsedAfter) {
    Instant newFirst = first == null || time.isBefore(first) ? time : first;
    Instant newLast = last == null || time.isAfter(last) ? time : last;
    return new PurchaseSummary(Math.addExact(count, 1), newFirst, newLast, spend.add(amount), refunds, refunded,
        insert(time, sampleGaps + 1), reactivation(time, lapsedAfter));
  }

  public PurchaseSummary withRefund(BigDecimal amount) {
    return new PurchaseSummary(count, first, last, spend, Math.addExact(refunds, 1), refunded.add(amount), recent,
        reactivatedAt);
  }

  /**
   * The customer's typical time between purchases: the median of the gaps between the recent purchase times (the
   * mean of the two middle gaps when their number is even, to the millisecond). Empty with fewer than
   * {@code minPurchases} purchases.
   */
  public Optional<Duration> typicalInterval(int minPurchases) {
    if (count < minPurchases || recent.size() < 2) {
      return Optional.empty();
    }
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < recent.size(); i++) {
      gaps.add(recent.get(i).toEpochMilli() - recent.get(i - 1).toEpochMilli());
    }
    Collections.sort(gaps);
    int n = gaps.size();
    long median = n % 2 == 1 ? gaps.get(n / 2) : Math.floorDiv(gaps.get(n / 2 - 1) + gaps.get(n / 2), 2);
    return Optional.of(Duration.ofMillis(median));
  }

  private List<Instant> insert(Instant time, int capacity) {
    List<Instant> times = new ArrayList<>(recent);
    if (times.size() >= capacity && time.isBefore(times.get(0))) {
      return recent;
    }
    int at = Collections.binarySearch(times, time);
    times.add(at >= 0 ? at + 1 : -at - 1, time);
    while (times.size() > capacity) {
      times.remove(0);
    }
    return times;
  }

  /**
   * The reactivation after adding {@code time}. A purchase later than the latest one is a reactivation when it comes
   * a lapse period or more after it; a late purchase may also fall into the gap that made the current reactivation and
   * so undo it.
   */
  private Instant reactivation(Instant time, Duration lapsedAfter) {
    Instant before = null;
    Instant after = null;
    for (Instant t : recent) {
      if (!t.isAfter(time)) {
        before = t;
      } else if (after == null) {
        after = t;
      }
    }
    Instant result = reactivatedAt;
    if (after != null && after.equals(reactivatedAt) && Duration.between(time, after).compareTo(lapsedAfter) < 0) {
      result = null; // the lapse that ended at `after` was not one: this purchase falls inside it
    }
    // the recent times are the newest purchases without gaps, so `before` is the purchase just before this one
    boolean isReactivation = before != null
        && Duration.between(before, time).compareTo(lapsedAfter) >= 0;
    if (isReactivation && (result == null || time.isAfter(result))) {
      result = time;
    }
    return result;
  }
}
