package dev.retention.segmentation.state;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A customer's favourite categories or products by spend, with bounded memory: the weighted Space-Saving algorithm
 * (Metwally, Agrawal, El Abbadi 2005) over at most {@code capacity} candidates.
 *
 * <p>While a customer has bought at most {@code capacity} distinct items, every spend is exact. Beyond that, a new item
 * replaces the candidate with the least spend and inherits that spend as its starting count, so a candidate's spend
 * over-states its true spend by at most the smallest tracked spend, and any item with more than {@code 1/capacity} of
 * the customer's total is guaranteed to be tracked. Ties are broken by key, so the result is deterministic for a given
 * order of events (with evictions, a different order may give different candidates). Refunds lower a tracked
 * candidate's spend, never below zero, and are ignored for untracked items.
 *
 * @param candidates the tracked items, sorted by key
 */
public record TopItems(List<RankedItem> candidates) {

  private static final TopItems NONE = new TopItems(List.of());
  private static final Comparator<RankedItem> BY_SPEND_THEN_KEY =
      Comparator.comparing(RankedItem::spend).reversed().thenComparing(RankedItem::key);

  public TopItems {
    candidates = List.copyOf(candidates);
  }

  public static TopItems none() {
    return NONE;
  }

  /** With one more purchase (order) of {@code key}, on which {@code amount} was spent. */
  public TopItems add(String key, BigDecimal amount, int capacity) {
    List<RankedItem> now = new ArrayList<>(candidates);
    int at = indexOf(key);
    if (at >= 0) {
      now.set(at, new RankedItem(key, Math.addExact(now.get(at).count(), 1), now.get(at).spend().add(amount)));
    } else if (now.size() < capacity) {
      now.add(new RankedItem(key, 1, amount));
    } else {
      RankedItem evicted = now.stream().max(BY_SPEND_THEN_KEY).orElseThrow(); // least spend, last key
      now.remove(evicted);
      now.add(new RankedItem(key, Math.addExact(evicted.count(), 1), evicted.spend().add(amount)));
    }
    now.sort(Comparator.comparing(RankedItem::key));
    return new TopItems(now);
  }

  /** With {@code amount} refunded on {@code key}, if it is tracked. */
  public TopItems subtract(String key, BigDecimal amount) {
    int at = indexOf(key);
    if (at < 0) {
      return this;
    }
    List<RankedItem> now = new ArrayList<>(candidates);
    BigDecimal left = now.get(at).spend().subtract(amount);
    now.set(at, new RankedItem(key, now.get(at).count(), left.signum() < 0 ? BigDecimal.ZERO.setScale(left.scale()) : left));
    return new TopItems(now);
  }

  /** The {@code n} candidates with the most spend, most first; ties by key. Items with no spend left are skipped. */
  public List<RankedItem> top(int n) {
    return candidates.stream()
        .filter(c -> c.spend().signum() > 0)
        .sorted(BY_SPEND_THEN_KEY)
        .limit(n)
        .toList();
  }

  private int indexOf(String key) {
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
