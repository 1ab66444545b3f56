package dev.retention.churn.model;

/**
 * What the Gamma-Gamma model needs of a repeat buyer: how many transactions the mean is over and the mean value.
 * CDNOW convention: the first purchase is left out, so x is the number of repeat purchases.
 *
 * @param x         number of transactions averaged, &gt;= 1
 * @param meanSpend their mean value, &gt; 0
 */
public record SpendHistory(int x, double meanSpend) {

  public SpendHistory {
    if (x < 1) {
      throw new IllegalArgumentException("the spend model needs x >= 1 transactions, was " + x);
    }
    Positive.require("meanSpend", meanSpend);
  }
}
