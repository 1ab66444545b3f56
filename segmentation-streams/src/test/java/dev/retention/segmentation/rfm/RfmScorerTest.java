package dev.retention.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RfmScorerTest {

  private static RfmValues values(long recency, long frequency, String monetary) {
    return new RfmValues(recency, frequency, new BigDecimal(monetary));
  }

  /** Ten customers: recency 1..10 days, frequency 1..10, spend 1.00..10.00 (0.10 steps, exact buckets). */
  private static RfmDistribution tenCustomers() {
    RfmDistribution.Builder b = new RfmDistribution.Builder(2);
    for (int i = 1; i <= 10; i++) {
      b.add(values(i, i, BigDecimal.valueOf(i * 10L, 2).toPlainString()));
    }
    return b.build();
  }

  @Test
  void shouldCutAKnownPopulationIntoFifths() {
    QuintileBoundaries q = QuintileBoundaries.from(tenCustomers()).orElseThrow();

    assertThat(q.frequency()).containsExactly(2L, 4L, 6L, 8L);
    assertThat(q.recency()).containsExactly(9L, 7L, 5L, 3L);
    assertThat(q.monetary()).containsExactly(new BigDecimal("0.20"), new BigDecimal("0.40"),
        new BigDecimal("0.60"), new BigDecimal("0.80"));
    assertThat(q.population()).isEqualTo(10);
  }

  @Test
  void shouldScoreTwoCustomersIntoEachFifth() {
    QuintileBoundaries q = QuintileBoundaries.from(tenCustomers()).orElseThrow();

    for (int i = 1; i <= 10; i++) {
      RfmScore s = RfmScorer.score(values(i, i, BigDecimal.valueOf(i * 10L, 2).toPlainString()), q);
      int fifth = (i + 1) / 2;
      assertThat(s.frequency()).as("frequency %d", i).isEqualTo(fifth);
      assertThat(s.monetary()).as("monetary of customer %d", i).isEqualTo(fifth);
      assertThat(s.recency()).as("recency %d days: more recent scores higher", i).isEqualTo(6 - fifth);
    }
  }

  @Test
  void shouldGiveTiedCustomersTheLowestScoreTheySpan() {
    RfmDistribution.Builder b = new RfmDistribution.Builder(2);
    for (int i = 0; i < 6; i++) {
      b.add(values(0, 1, "5.00"));        // 60 % bought once, today
    }
    for (int i = 2; i <= 5; i++) {
      b.add(values(i * 30L, i, "50.00"));
    }
    QuintileBoundaries q = QuintileBoundaries.from(b.build()).orElseThrow();

    assertThat(q.frequency()).containsExactly(1L, 1L, 1L, 3L);
    assertThat(RfmScorer.score(values(0, 1, "5.00"), q)).isEqualTo(new RfmScore(3, 1, 1));
    assertThat(RfmScorer.score(values(60, 2, "50.00"), q).frequency()).isEqualTo(4);
    assertThat(RfmScorer.score(values(150, 5, "50.00"), q)).isEqualTo(new RfmScore(1, 5, 4));
  }

  @Test
  void shouldMergePartitionSummariesIntoTheWholePopulation() {
    Random random = new Random(5);
    RfmDistribution.Builder whole = new RfmDistribution.Builder(2);
    RfmDistribution.Builder[] partitions = {new RfmDistribution.Builder(2), new RfmDistribution.Builder(2),
        new RfmDistribution.Builder(2)};
    for (int i = 0; i < 10_000; i++) {
      RfmValues v = new RfmValues(random.nextInt(700), random.nextInt(40),
          BigDecimal.valueOf(random.nextInt(500_000), 2));
      whole.add(v);
      partitions[i % 3].add(v);
    }

    RfmDistribution merged = partitions[0].build().merge(partitions[1].build()).merge(partitions[2].build());

    assertThat(merged).isEqualTo(whole.build());
    assertThat(QuintileBoundaries.from(merged)).isEqualTo(QuintileBoundaries.from(whole.build()));
  }

  @Test
  void shouldPlaceCutsWithinOneBucketOfTheExactQuantile() {
    Random random = new Random(8);
    RfmDistribution.Builder b = new RfmDistribution.Builder(2);
    long[] spend = new long[5000];
    for (int i = 0; i < spend.length; i++) {
      spend[i] = 1 + random.nextInt(1_000_000);
      b.add(new RfmValues(1, 1, BigDecimal.valueOf(spend[i], 2)));
    }
    Arrays.sort(spend);
    QuintileBoundaries q = QuintileBoundaries.from(b.build()).orElseThrow();

    for (int k = 1; k <= 4; k++) {
      long exact = spend[k * spend.length / 5 - 1];
      long cut = q.monetary().get(k - 1).unscaledValue().longValueExact();
      assertThat(cut).isBetween(exact, exact + exact / 128);
    }
  }

  @Test
  void shouldHaveNoBoundariesForAnEmptyPopulation() {
    assertThat(QuintileBoundaries.from(RfmDistribution.empty(2))).isEqualTo(Optional.empty());
    assertThat(new RfmScore(5, 4, 5).code()).isEqualTo("545");
  }
}
