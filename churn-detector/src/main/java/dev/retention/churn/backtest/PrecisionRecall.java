package dev.retention.churn.backtest;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Precision and recall of a set of flagged customers against the actual churners.
 *
 * @param truePositives flagged customers who churned (fractional for {@link #top} when ties straddle the cut)
 * @param flagged       number of flagged customers
 * @param positives     number of actual churners
 */
public record PrecisionRecall(double truePositives, long flagged, long positives) {

  /** Share of the flagged who churned; NaN if none was flagged. */
  public double precision() {
    return flagged == 0 ? Double.NaN : truePositives / flagged;
  }

  /** Share of the churners who were flagged; NaN if nobody churned. */
  public double recall() {
    return positives == 0 ? Double.NaN : truePositives / positives;
  }

  /** Flagged by a predicate, e.g. "risk level is HIGH at the calibration end". */
  public static <T> PrecisionRecall of(Collection<T> items, Predicate<? super T> flagged,
      Predicate<? super T> actual) {
    long tp = 0;
    long nFlagged = 0;
    long nPositive = 0;
    for (T item : items) {
      boolean f = flagged.test(item);
      boolean a = actual.test(item);
      nFlagged += f ? 1 : 0;
      nPositive += a ? 1 : 0;
      tp += f && a ? 1 : 0;
    }
    return new PrecisionRecall(tp, nFlagged, nPositive);
  }

  /** The top decile by score: {@code top(scored, ceil(n / 10))}. */
  public static PrecisionRecall topDecile(List<Scored> scored) {
    return top(scored, (int) Math.ceil(scored.size() / 10.0));
  }

  /**
   * The k highest scores flagged. When tied scores straddle the cut, the result is the expectation over a
   * random choice among the tied ones (each counts as a churner with the tie group's churn share), so it does
   * not depend on input order and exactly k are flagged.
   *
   * @throws IllegalArgumentException if k is negative or larger than the list
   */
  public static PrecisionRecall top(List<Scored> scored, int k) {
    if (k < 0 || k > scored.size()) {
      throw new IllegalArgumentException("k must be in [0, " + scored.size() + "], was " + k);
    }
    long positives = scored.stream().filter(Scored::actual).count();
    if (k == 0) {
      return new PrecisionRecall(0, 0, positives);
    }
    List<Scored> byScoreDesc = scored.stream()
        .sorted(Comparator.comparingDouble(Scored::score).reversed()).toList();
    double cut = byScoreDesc.get(k - 1).score();
    long above = 0;
    long positivesAbove = 0;
    long tied = 0;
    long positivesTied = 0;
    for (Scored s : scored) {
      if (s.score() > cut) {
        above++;
        positivesAbove += s.actual() ? 1 : 0;
      } else if (s.score() == cut) {
        tied++;
        positivesTied += s.actual() ? 1 : 0;
      }
    }
    double tp = positivesAbove + (double) (k - above) * positivesTied / tied;
    return new PrecisionRecall(tp, k, positives);
  }
}
