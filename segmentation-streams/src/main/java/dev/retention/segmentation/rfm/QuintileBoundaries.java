package dev.retention.segmentation.rfm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The four cut points between the population's fifths, per dimension, taken from an {@link RfmDistribution}.
 *
 * <p>Frequency and monetary: cut {@code k} (k = 1..4) is the smallest value with at least {@code k/5} of the
 * population at or below it. Recency (where small is good): cut {@code k} is the largest value with at least
 * {@code k/5} of the population at or above it. Tied customers, and customers whose values share a histogram bucket
 * (above 127, values within 0.8 %), fall on the same side of every cut: a tie group gets the lowest score its members
 * span, so a score never overstates.
 *
 * @param recency cuts in days, descending (cut 1 is the most days)
 * @param frequency cuts in purchases, ascending
 * @param monetary cuts in the reporting currency, ascending
 * @param population how many customers the cuts were taken from
 */
public record QuintileBoundaries(List<Long> recency, List<Long> frequency, List<BigDecimal> monetary,
    long population) {

  public QuintileBoundaries {
    recency = List.copyOf(recency);
    frequency = List.copyOf(frequency);
    monetary = List.copyOf(monetary);
    if (recency.size() != 4 || frequency.size() != 4 || monetary.size() != 4) {
      throw new IllegalArgumentException("each dimension has four cuts");
    }
  }

  /** The cuts of a distribution; empty when it counts nobody. */
  public static Optional<QuintileBoundaries> from(RfmDistribution distribution) {
    if (distribution.population() == 0) {
      return Optional.empty();
    }
    List<Long> recency = new ArrayList<>();
    List<Long> frequency = new ArrayList<>();
    List<BigDecimal> monetary = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      recency.add(distribution.recency().upperQuantile(k, 5));
      frequency.add(distribution.frequency().lowerQuantile(k, 5));
      monetary.add(BigDecimal.valueOf(distribution.monetary().lowerQuantile(k, 5), distribution.moneyScale()));
    }
    return Optional.of(new QuintileBoundaries(recency, frequency, monetary, distribution.population()));
  }
}
