package dev.retention.churn.backtest;

import java.util.Comparator;
import java.util.List;

/**
 * Area under the ROC curve as the Mann-Whitney statistic: the probability that a random churner scores higher
 * than a random non-churner, ties counting one half (tied scores get their average rank).
 */
public final class RocAuc {

  private RocAuc() {
  }

  /** The AUC in [0, 1], or NaN if there are no churners or no non-churners (then it is undefined). */
  public static double of(List<Scored> scored) {
    List<Scored> sorted = scored.stream().sorted(Comparator.comparingDouble(Scored::score)).toList();
    long positives = sorted.stream().filter(Scored::actual).count();
    long negatives = sorted.size() - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double positiveRankSum = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      long tiedPositives = 0;
      while (j < sorted.size() && sorted.get(j).score() == sorted.get(i).score()) {
        if (sorted.get(j).actual()) {
          tiedPositives++;
        }
        j++;
      }
      double averageRank = (i + 1 + j) / 2.0; // ranks i+1 .. j
      positiveRankSum += tiedPositives * averageRank;
      i = j;
    }
    double u = positiveRankSum - positives * (positives + 1) / 2.0;
    return u / ((double) positives * negatives);
  }
}
