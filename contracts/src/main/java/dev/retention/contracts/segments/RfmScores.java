package dev.retention.contracts.segments;

import dev.retention.contracts.events.Require;
/**
 * A customer's recency, frequency and monetary scores, 1 to 5 each: the population quintile the customer's raw value
 * falls into, against the population distribution shared by every instance of the segmentation service. 5 is always
 * the best quintile: the most recent last purchase, the most purchase occasions, the highest spend.
 *
 * <p>Which raw values are scored (e.g. purchases and spend in the value window, or over the whole history) is part of
 * the definitions named by {@link CustomerValue#definitionsVersion()}.
 *
 * @param recency quintile of the time since {@link CustomerValue#lastPurchaseAt()} (5 = bought most recently)
 * @param frequency quintile of the purchase frequency (5 = buys most often)
 * @param monetary quintile of the spend (5 = spends most)
 */
public record RfmScores(int recency, int frequency, int monetary) {

  public static final int MIN = 1;
  public static final int MAX = 5;

  public RfmScores {
    Require.between(recency, MIN, MAX, "recency");
    Require.between(frequency, MIN, MAX, "frequency");
    Require.between(monetary, MIN, MAX, "monetary");
  }

  /** The classic three-digit RFM cell, e.g. {@code "545"}. */
  public String cell() {
    return "" + recency + frequency + monetary;
  }
}
