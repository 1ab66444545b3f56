package dev.retention.segmentation.state;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A category or product and what the customer spent on it, in the reporting currency. Among the tracked
 * candidates, the spend is an upper bound of the true spend (Space-Saving; exact while nothing was evicted).
 */
public record RankedItem(String key, BigDecimal spend) {

  public RankedItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(spend, "spend");
  }
}
