package dev.retention.segmentation.rfm;

/**
 * R, F and M scores, each 1 (worst fifth of the population) to 5 (best fifth): recent, frequent and high-spending
 * customers score high.
 */
public record RfmScore(int recency, int frequency, int monetary) {

  public RfmScore {
    check(recency, "recency");
    check(frequency, "frequency");
    check(monetary, "monetary");
  }

  /** The three digits, e.g. {@code "545"}. */
  public String code() {
    return "" + recency + frequency + monetary;
  }

  private static void check(int score, String name) {
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException(name + " score must be 1 to 5, was " + score);
    }
  }
}
