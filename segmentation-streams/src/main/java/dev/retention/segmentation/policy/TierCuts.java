package dev.retention.segmentation.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The least value-window net spend of a HIGH and of a MEDIUM customer, both inclusive, in the reporting currency.
 * Fixed thresholds, or taken from the population's distribution.
 */
public record TierCuts(BigDecimal highFrom, BigDecimal mediumFrom) {

  public TierCuts {
    Objects.requireNonNull(highFrom, "highFrom");
    Objects.requireNonNull(mediumFrom, "mediumFrom");
    if (highFrom.compareTo(mediumFrom) < 0) {
      throw new IllegalArgumentException("the HIGH cut must not be below the MEDIUM cut");
    }
  }
}
