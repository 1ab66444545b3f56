package dev.retention.segmentation.state;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a customer did in a stretch of event time. Amounts are in the reporting currency at the configured scale.
 *
 * @param purchases purchase occasions: completed orders (ORDER, RENEWAL and UPSELL alike)
 * @param spend what those orders totalled
 * @param refunds refund and return events
 * @param refunded what those refunds paid back
 * @param contacts logged contacts, inbound and outbound
 */
public record Tally(int purchases, BigDecimal spend, int refunds, BigDecimal refunded, int contacts) {

  public Tally {
    Objects.requireNonNull(spend, "spend");
    Objects.requireNonNull(refunded, "refunded");
    if (purchases < 0 || refunds < 0 || contacts < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Nothing, with amounts at {@code scale} places. */
  public static Tally empty(int scale) {
    BigDecimal zero = BigDecimal.ZERO.setScale(scale);
    return new Tally(0, zero, 0, zero, 0);
  }

  public static Tally purchase(BigDecimal amount) {
    return new Tally(1, amount, 0, BigDecimal.ZERO.setScale(amount.scale()), 0);
  }

  public static Tally refund(BigDecimal amount) {
    return new Tally(0, BigDecimal.ZERO.setScale(amount.scale()), 1, amount, 0);
  }

  public static Tally contact(int scale) {
    BigDecimal zero = BigDecimal.ZERO.setScale(scale);
    return new Tally(0, zero, 0, zero, 1);
  }

  public Tally plus(Tally other) {
    return new Tally(Math.addExact(purchases, other.purchases), spend.add(other.spend),
        Math.addExact(refunds, other.refunds), refunded.add(other.refunded), Math.addExact(contacts, other.contacts));
  }

  /** Spend minus refunds, never below zero (a refund may pay back an order from before the window). */
  public BigDecimal netSpend() {
    BigDecimal net = spend.subtract(refunded);
    return net.signum() < 0 ? BigDecimal.ZERO.setScale(net.scale()) : net;
  }

  public boolean isEmpty() {
    return purchases == 0 && refunds == 0 && contacts == 0 && spend.signum() == 0 && refunded.signum() == 0;
  }
}
