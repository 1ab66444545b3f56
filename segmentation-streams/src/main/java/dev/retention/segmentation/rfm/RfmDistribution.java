package dev.retention.segmentation.rfm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The population's recency, frequency and monetary values as three {@link LogHistogram}s: a mergeable summary.
 *
 * <p>Intended use: each partition builds its summary from scratch by adding every customer's current values
 * ({@link Builder}; no value is ever removed), publishes it under its partition's key to a compacted topic, and
 * every instance merges the latest summary of each partition into the global one ({@link #merge}). Monetary values
 * are counted in units of the money scale (cents at scale 2), so only summaries of the same scale merge.
 *
 * @param moneyScale decimal places of the monetary values
 */
public record RfmDistribution(int moneyScale, LogHistogram recency, LogHistogram frequency, LogHistogram monetary) {

  public RfmDistribution {
    Objects.requireNonNull(recency, "recency");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(monetary, "monetary");
    if (recency.total() != frequency.total() || recency.total() != monetary.total()) {
      throw new IllegalArgumentException("the three histograms must count the same customers");
    }
  }

  public static RfmDistribution empty(int moneyScale) {
    return new RfmDistribution(moneyScale, LogHistogram.empty(), LogHistogram.empty(), LogHistogram.empty());
  }

  /** How many customers it counts. */
  public long population() {
    return recency.total();
  }

  public RfmDistribution merge(RfmDistribution other) {
    if (other.moneyScale != moneyScale) {
      throw new IllegalArgumentException("cannot merge distributions of money scale " + moneyScale + " and "
          + other.moneyScale);
    }
    return new RfmDistribution(moneyScale, recency.merge(other.recency), frequency.merge(other.frequency),
        monetary.merge(other.monetary));
  }

  /** Monetary value in units of the money scale. */
  static long units(BigDecimal amount, int scale) {
    return amount.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
  }

  /** Adds customers to a distribution in place. */
  public static final class Builder {

    private final int moneyScale;
    private final LogHistogram.Builder recency = new LogHistogram.Builder();
    private final LogHistogram.Builder frequency = new LogHistogram.Builder();
    private final LogHistogram.Builder monetary = new LogHistogram.Builder();

    public Builder(int moneyScale) {
      this.moneyScale = moneyScale;
    }

    /**
     * Counts one customer.
     *
     * @throws ArithmeticException if the monetary value has more decimal places than the money scale
     */
    public Builder add(RfmValues values) {
      long units = units(values.monetary(), moneyScale);
      recency.add(values.recencyDays());
      frequency.add(values.frequency());
      monetary.add(units);
      return this;
    }

    public RfmDistribution build() {
      return new RfmDistribution(moneyScale, recency.build(), frequency.build(), monetary.build());
    }
  }
}
