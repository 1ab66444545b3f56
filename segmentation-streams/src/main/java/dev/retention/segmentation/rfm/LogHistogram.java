package dev.retention.segmentation.rfm;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A mergeable histogram of non-negative whole numbers with fixed log-scale buckets: every value below
 * {@value #EXACT_BELOW} has its own bucket, and each further doubling ({@code [128, 256)}, {@code [256, 512)}, ...)
 * is split into 128 equal buckets, so a bucket is never wider than 1/128 of its values (0.8 %). The buckets are the
 * same for every histogram, so two histograms merge by adding counts, and the counts never need a remove: a summary
 * is rebuilt by adding, and summaries are combined by merging.
 *
 * <p>Only buckets with a count are stored, so the size is bounded by the spread of the values (at most 7296 buckets
 * for the whole range of {@code long}), not by how many were added.
 *
 * @param buckets count per bucket index, only positive counts
 */
public record LogHistogram(SortedMap<Integer, Long> buckets) {

  /** Values below this have a bucket each. */
  public static final int EXACT_BELOW = 128;

  private static final int SUB_BITS = 7;
  private static final LogHistogram EMPTY = new LogHistogram(new TreeMap<>());

  public LogHistogram {
    TreeMap<Integer, Long> copy = new TreeMap<>();
    for (Map.Entry<Integer, Long> e : buckets.entrySet()) {
      if (e.getKey() < 0 || e.getValue() < 0) {
        throw new IllegalArgumentException("bucket indexes and counts must not be negative");
      }
      if (e.getValue() > 0) {
        copy.put(e.getKey(), e.getValue());
      }
    }
    buckets = Collections.unmodifiableSortedMap(copy);
  }

  public static LogHistogram empty() {
    return EMPTY;
  }

  /** How many values were added. */
  public long total() {
    long sum = 0;
    for (long count : buckets.values()) {
      sum = Math.addExact(sum, count);
    }
    return sum;
  }

  public LogHistogram merge(LogHistogram other) {
    TreeMap<Integer, Long> sum = new TreeMap<>(buckets);
    other.buckets.forEach((index, count) -> sum.merge(index, count, Math::addExact));
    return new LogHistogram(sum);
  }

  /**
   * The smallest bucket value {@code v} such that at least {@code num/den} of all values are at or below it, as the
   * largest value of its bucket: so every value in that bucket is "at or below" it, and values that share a bucket are
   * treated as ties.
   *
   * @throws IllegalStateException if the histogram is empty
   */
  public long lowerQuantile(long num, long den) {
    checkFraction(num, den);
    long total = total();
    long cumulative = 0;
    for (Map.Entry<Integer, Long> e : buckets.entrySet()) {
      cumulative += e.getValue();
      if (cumulative * den >= num * total) {
        return upperBound(e.getKey());
      }
    }
    return upperBound(buckets.lastKey());
  }

  /**
   * The largest bucket value {@code v} such that at least {@code num/den} of all values are at or above it, as the
   * smallest value of its bucket.
   *
   * @throws IllegalStateException if the histogram is empty
   */
  public long upperQuantile(long num, long den) {
    checkFraction(num, den);
    long total = total();
    long cumulative = 0;
    for (Map.Entry<Integer, Long> e : new TreeMap<>(buckets).descendingMap().entrySet()) {
      cumulative += e.getValue();
      if (cumulative * den >= num * total) {
        return lowerBound(e.getKey());
      }
    }
    return lowerBound(buckets.firstKey());
  }

  /** The bucket of a value. */
  public static int indexOf(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("values must not be negative, was " + value);
    }
    if (value < EXACT_BELOW) {
      return (int) value;
    }
    int shift = 63 - Long.numberOfLeadingZeros(value) - SUB_BITS;
    return (shift + 1) * EXACT_BELOW + (int) ((value >>> shift) - EXACT_BELOW);
  }

  /** The smallest value of a bucket. */
  public static long lowerBound(int index) {
    if (index < EXACT_BELOW) {
      return index;
    }
    int shift = index / EXACT_BELOW - 1;
    return (long) (EXACT_BELOW + index % EXACT_BELOW) << shift;
  }

  /** The largest value of a bucket. */
  public static long upperBound(int index) {
    if (index < EXACT_BELOW) {
      return index;
    }
    int shift = index / EXACT_BELOW - 1;
    long next = (long) (EXACT_BELOW + index % EXACT_BELOW + 1) << shift;
    return next <= 0 ? Long.MAX_VALUE : next - 1;
  }

  private void checkFraction(long num, long den) {
    if (num <= 0 || den <= 0 || num > den) {
      throw new IllegalArgumentException("the fraction must be in (0, 1], was " + num + "/" + den);
    }
    if (buckets.isEmpty()) {
      throw new IllegalStateException("an empty histogram has no quantiles");
    }
  }

  /** Adds values to a histogram in place; for building a summary from many customers. */
  public static final class Builder {

    private long[] counts = new long[EXACT_BELOW * 2];

    public Builder add(long value) {
      int index = indexOf(value);
      if (index >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(index + 1, counts.length * 2));
      }
      counts[index]++;
      return this;
    }

    public LogHistogram build() {
      TreeMap<Integer, Long> map = new TreeMap<>();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          map.put(i, counts[i]);
        }
      }
      return new LogHistogram(map);
    }
  }
}
