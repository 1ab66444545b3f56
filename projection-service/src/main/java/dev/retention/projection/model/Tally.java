package dev.retention.projection.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One incrementally kept number: a count and an amount (revenue, upsell value). Every aggregate of the service is a
 * set of tallies under structured keys ({@link TallyKey}); partial tallies of different partitions and instances
 * merge by adding, which is why list and stats queries can gather per-instance parts without a repartition.
 */
public record Tally(long count, BigDecimal amount) {

  public static final Tally ZERO = new Tally(0, BigDecimal.ZERO);

  public Tally {
    Objects.requireNonNull(amount, "amount");
  }

  public static Tally one() {
    return new Tally(1, BigDecimal.ZERO);
  }

  public static Tally of(long count, BigDecimal amount) {
    return new Tally(count, amount);
  }

  public Tally plus(Tally other) {
    return new Tally(count + other.count, amount.add(other.amount));
  }

  public Tally minus(Tally other) {
    return new Tally(count - other.count, amount.subtract(other.amount));
  }

  @JsonIgnore
  public boolean isZero() {
    return count == 0 && amount.signum() == 0;
  }
}
