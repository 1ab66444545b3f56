package dev.retention.segmentation.rfm;

import java.math.BigDecimal;

/**
 * Scores raw R, F and M values 1 to 5 against the population's {@link QuintileBoundaries}. Frequency and monetary:
 * 1 plus the number of cuts the value is above. Recency: 1 plus the number of cuts the value is below (fewer days is
 * better).
 */
public final class RfmScorer {

  private RfmScorer() {}

  public static RfmScore score(RfmValues values, QuintileBoundaries boundaries) {
    return score(values.recencyDays(), values.frequency(), values.monetary(), boundaries);
  }

  public static RfmScore score(long recencyDays, long frequency, BigDecimal monetary, QuintileBoundaries boundaries) {
    int r = 1;
    int f = 1;
    int m = 1;
    for (int k = 0; k < 4; k++) {
      if (recencyDays < boundaries.recency().get(k)) {
        r++;
      }
      if (frequency > boundaries.frequency().get(k)) {
        f++;
      }
      if (monetary.compareTo(boundaries.monetary().get(k)) > 0) {
        m++;
      }
    }
    return new RfmScore(r, f, m);
  }
}
