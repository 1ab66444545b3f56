package dev.retention.segmentation.state;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A category or product, how many purchases (orders) included it and what the customer spent on it, in the reporting
 * currency. Among the tracked candidates, count and spend are upper bounds of the true ones (Space-Saving; exact
 * while nothing was evicted).
 */
public record RankedItem(String key, int count, BigDecimal spend) {

  public RankedItem {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(spend, "spend");
  }
}
