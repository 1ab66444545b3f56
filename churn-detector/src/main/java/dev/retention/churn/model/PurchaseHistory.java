package dev.retention.churn.model;

/**
 * A customer's purchase summary as the BG/NBD model sees it, all times in one unit (weeks for CDNOW) and measured
 * from the customer's first purchase.
 *
 * @param x  number of repeat purchases (purchase occasions after the first), &gt;= 0
 * @param tx time of the last purchase, 0 &lt;= tx &lt;= T; 0 when x == 0
 * @param T  the customer's age: time from the first purchase to the end of observation
 */
public record PurchaseHistory(int x, double tx, double T) {

  public PurchaseHistory {
    if (x < 0) {
      throw new IllegalArgumentException("x (repeat purchases) must be >= 0, was " + x);
    }
    if (!Double.isFinite(tx) || !Double.isFinite(T) || tx < 0 || tx > T) {
      throw new IllegalArgumentException("need 0 <= tx <= T, was tx=" + tx + ", T=" + T);
    }
    if (x == 0 && tx != 0) {
      throw new IllegalArgumentException("tx must be 0 when x == 0 (no repeat purchase), was " + tx);
    }
  }

  /** Time since the last purchase (or since the first one if there was no repeat): {@code T - tx}. */
  public double recencyGap() {
    return T - tx;
  }
}
