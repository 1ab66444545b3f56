package dev.retention.deploy.bench;

import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.segments.ComplaintCounts;
import dev.retention.contracts.segments.CurrencySpend;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.Preference;
import dev.retention.contracts.segments.RefundSummary;
import dev.retention.contracts.segments.SurveyScores;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The customers the projection benchmark loads, as the segmentation and the churn detector would have written them:
 * a {@link CustomerValue} for every customer and a {@link ChurnRisk} for about {@value #RISK_PERCENT} % of them, with
 * tiers, stages and categories spread so that segment lists have realistic sizes (tiers 20/30/50 %, top categories
 * skewed towards the first of {@link #CATEGORIES}). Each customer is derived from the seed and its index alone, so
 * the records can be generated one at a time and again for any index.
 */
public final class ProjectionPopulation {

  /** Share of customers with a churn-risk record, in percent. */
  public static final int RISK_PERCENT = 30;
  public static final List<String> CATEGORIES = List.of("books", "electronics", "fashion", "home", "grocery",
      "sports", "toys", "garden", "beauty", "music", "outdoor", "kids");
  /** The event time every record is as of; the freshness phase's events come later (wall clock). */
  public static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
  static final String DEFINITIONS = "bench-defaults";
  private static final String CURRENCY = "EUR";
  private static final LifecycleStage[] STAGES = LifecycleStage.values();
  /** Weights of {@link LifecycleStage#values()} in percent: NEW, ACTIVE, MATURE, AT_RISK, LAPSED, REACTIVATED. */
  private static final int[] STAGE_WEIGHTS = {10, 35, 20, 15, 15, 5};

  private ProjectionPopulation() {}

  /** {@code cust-0000042}: zero-padded, so index order and key order agree. */
  public static String id(int index) {
    return String.format(Locale.ROOT, "cust-%07d", index);
  }

  public static CustomerValue value(int index, long seed) {
    SplittableRandom random = random(index, seed);
    ValueTier tier = tier(random.nextInt(100));
    LifecycleStage stage = stage(random.nextInt(100));
    long cents = switch (tier) {
      case HIGH -> 100_000 + random.nextLong(400_000);
      case MEDIUM -> 20_000 + random.nextLong(80_000);
      case LOW -> 1_000 + random.nextLong(19_000);
    };
    int purchases = 1 + random.nextInt(tier == ValueTier.HIGH ? 40 : 12);
    int recent = stage == LifecycleStage.LAPSED ? 0 : Math.max(1, purchases / 2);
    Money spend = new Money(BigDecimal.valueOf(cents, 2), CURRENCY);
    Money last12 = new Money(recent == 0 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(cents / 2, 2), CURRENCY);
    Instant last = AS_OF.minus(Duration.ofDays(stage == LifecycleStage.LAPSED ? 400 + random.nextInt(200)
        : random.nextInt(120)));
    Instant first = last.minus(Duration.ofDays(purchases == 1 ? 0 : 30L * purchases));
    FrequencyClass frequency = stage == LifecycleStage.AT_RISK ? FrequencyClass.POTENTIAL_CHURN
        : purchases >= 12 ? FrequencyClass.HIGH_FREQUENCY : FrequencyClass.LOW_FREQUENCY;
    return new CustomerValue(id(index), AS_OF, DEFINITIONS, first, last, purchases, recent,
        purchases >= 2 ? 30 : null, spend, last12, List.of(new CurrencySpend(CURRENCY, spend.amount())), null, tier,
        frequency, stage, RefundSummary.none(CURRENCY), List.of(), ComplaintCounts.NONE, SurveyScores.NONE,
        categories(random, cents, purchases), List.of());
  }

  /** The customer's churn risk, for about {@value #RISK_PERCENT} % of the indexes; more often high when lapsing. */
  public static Optional<ChurnRisk> risk(int index, long seed) {
    SplittableRandom random = random(index, seed ^ 0x5DEECE66DL);
    if (random.nextInt(100) >= RISK_PERCENT) {
      return Optional.empty();
    }
    int score = 10 + random.nextInt(90);
    RiskLevel level = score >= 70 ? RiskLevel.HIGH : score >= 40 ? RiskLevel.MEDIUM : RiskLevel.LOW;
    RiskReason reason = new RiskReason(RiskSignal.PURCHASE_OVERDUE, score,
        "No purchase for " + (60 + score) + " days, more than twice the usual interval",
        AS_OF.minus(Duration.ofDays(score)), List.of(id(index) + "-last-purchase"),
        List.of(Measure.of("daysSinceLastPurchase", 60 + score, 60, "days")));
    return Optional.of(new ChurnRisk(id(index), AS_OF, DEFINITIONS, score, level, List.of(reason), null, null,
        null));
  }

  static ValueTier tier(int percent) {
    return percent < 20 ? ValueTier.HIGH : percent < 50 ? ValueTier.MEDIUM : ValueTier.LOW;
  }

  static LifecycleStage stage(int percent) {
    int bound = 0;
    for (int i = 0; i < STAGES.length; i++) {
      bound += STAGE_WEIGHTS[i];
      if (percent < bound) {
        return STAGES[i];
      }
    }
    return STAGES[STAGES.length - 1];
  }

  /** One to three categories, the lower indexes more likely (the square of a uniform draw). */
  private static List<Preference> categories(SplittableRandom random, long cents, int purchases) {
    Set<String> picked = new LinkedHashSet<>();
    int wanted = 1 + random.nextInt(3);
    while (picked.size() < wanted) {
      double u = random.nextDouble();
      picked.add(CATEGORIES.get((int) (u * u * CATEGORIES.size())));
    }
    List<Preference> top = new ArrayList<>();
    long share = cents / picked.size();
    int count = Math.max(1, purchases / picked.size());
    for (String category : picked) {
      top.add(new Preference(category, count, new Money(BigDecimal.valueOf(share, 2), CURRENCY)));
    }
    return top;
  }

  private static SplittableRandom random(int index, long seed) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
  }
}
