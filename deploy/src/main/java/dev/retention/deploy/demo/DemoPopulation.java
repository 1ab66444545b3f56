package dev.retention.deploy.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the demo's customers, deterministically for a seed: purchase rates spread log-normally (a few frequent
 * buyers, many occasional ones), order values likewise, and the traits in fixed shares.
 */
public final class DemoPopulation {

  static final String[] CATEGORIES = {"books", "music", "video", "games", "garden", "kitchen", "sports", "toys"};

  /** Share of customers made to drift, of unanswered complainers, of detractors. */
  static final double DRIFTING_SHARE = 0.08;
  static final double UNANSWERED_SHARE = 0.02;
  static final double DETRACTOR_SHARE = 0.04;

  private DemoPopulation() {}

  /**
   * {@code count} customers who joined over the {@code history} before {@code now}.
   *
   * @param now the end of the history: drift dates lie 60-200 days before it (so drifting customers are overdue by
   *     then), never before the customer's first months
   */
  public static List<DemoCustomer> generate(int count, Instant now, Duration history, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("customers must be at least 1, was " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<DemoCustomer> customers = new ArrayList<>(count);
    long span = history.toSeconds();
    for (int i = 0; i < count; i++) {
      String id = String.format("demo-%06d", i);
      // most customers were there from the start, the rest joined along the way
      long joinedAfter = random.nextDouble() < 0.6 ? 0 : (long) (random.nextDouble() * span * 0.8);
      Instant since = now.minusSeconds(span - joinedAfter);
      double rate = Math.exp(-2.3 + 0.9 * gaussian(random));
      BigDecimal meanOrder = BigDecimal.valueOf(Math.exp(3.5 + 0.5 * gaussian(random)))
          .setScale(2, RoundingMode.HALF_UP);
      String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      LocalDate birthday = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
      double roll = random.nextDouble();
      Trait trait = roll < DRIFTING_SHARE ? Trait.DRIFTING
          : roll < DRIFTING_SHARE + UNANSWERED_SHARE ? Trait.UNANSWERED_COMPLAINT
          : roll < DRIFTING_SHARE + UNANSWERED_SHARE + DETRACTOR_SHARE ? Trait.DETRACTOR : Trait.STEADY;
      Instant driftFrom = null;
      if (trait == Trait.DRIFTING) {
        // drifting customers buy often enough that their silence is noticeable
        rate = Math.max(rate, 0.25 + random.nextDouble() * 0.5);
        Instant drift = now.minus(Duration.ofDays(60 + random.nextInt(141)));
        Instant earliest = since.plus(Duration.ofDays(90));
        driftFrom = drift.isBefore(earliest) ? earliest : drift;
        if (!driftFrom.isBefore(now)) {
          trait = Trait.STEADY;
          driftFrom = null;
        }
      }
      customers.add(new DemoCustomer(id, since, rate, meanOrder, category, birthday, trait, driftFrom));
    }
    return customers;
  }

  /** Standard normal by Box-Muller; SplittableRandom has none. */
  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
