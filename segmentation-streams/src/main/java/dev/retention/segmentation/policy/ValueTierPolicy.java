package dev.retention.segmentation.policy;

import dev.retention.contracts.segments.ValueTier;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.config.TierMode;
import dev.retention.segmentation.config.TierRules;
import dev.retention.segmentation.rfm.LogHistogram;
import dev.retention.segmentation.rfm.RfmDistribution;
import dev.retention.segmentation.state.CustomerState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The value tier from value-window net spend (spend minus refunds in the last 364 days, never negative):
 *
 * <ul>
 *   <li>FIXED: HIGH at or above {@code high-spend} [1000], MEDIUM at or above {@code medium-spend} [250], else LOW.
 *   <li>PERCENTILE: HIGH above the spend that at least {@code 100 - high-percent} [80 %] of the population is at or
 *       below, MEDIUM above the spend that {@code 100 - high-percent - medium-percent} [50 %] is at or below, else
 *       LOW. So the top 20 % are HIGH and the next 30 % MEDIUM, except that tied customers (and customers within one
 *       histogram bucket, 0.8 %) always share a tier, the lower one.
 * </ul>
 */
public final class ValueTierPolicy {

  private final SegmentationConfig config;
  private final TierRules rules;

  public ValueTierPolicy(SegmentationConfig config) {
    this.config = config;
    this.rules = config.tier();
  }

  /**
   * The cuts to use: the fixed thresholds, or, in PERCENTILE mode, the population's; empty in PERCENTILE mode while
   * the population is unknown or counts nobody.
   */
  public Optional<TierCuts> cuts(Optional<RfmDistribution> population) {
    if (rules.mode() == TierMode.FIXED) {
      return Optional.of(new TierCuts(rules.highSpend(), rules.mediumSpend()));
    }
    return population.filter(p -> p.population() > 0).map(this::percentileCuts);
  }

  public ValueTier tier(BigDecimal netSpend, TierCuts cuts) {
    if (netSpend.compareTo(cuts.highFrom()) >= 0) {
      return ValueTier.HIGH;
    }
    return netSpend.compareTo(cuts.mediumFrom()) >= 0 ? ValueTier.MEDIUM : ValueTier.LOW;
  }

  /** The tier of a customer as of {@code now}; empty before any purchase. */
  public Optional<ValueTier> tier(CustomerState state, Instant now, TierCuts cuts) {
    CustomerMetrics m = CustomerMetrics.of(state, now, config);
    return m.hasPurchased() ? Optional.of(tier(m.valueWindow().netSpend(), cuts)) : Optional.empty();
  }

  /**
   * The first instant after {@code now} at which the tier changes with these cuts if nothing happens (spend leaving
   * the value window); empty if it never does.
   */
  public Optional<Instant> nextChangeTime(CustomerState state, Instant now, TierCuts cuts) {
    return ReviewTimes.firstChange(ReviewTimes.candidates(state, now, config), now, t -> tier(state, t, cuts));
  }

  private TierCuts percentileCuts(RfmDistribution population) {
    LogHistogram spend = population.monetary();
    int scale = population.moneyScale();
    BigDecimal high = above(spend, 100 - rules.highPercent(), scale);
    int restPercent = 100 - rules.highPercent() - rules.mediumPercent();
    BigDecimal medium = restPercent == 0 ? BigDecimal.ZERO.setScale(scale) : above(spend, restPercent, scale);
    return new TierCuts(high, medium);
  }

  /** The least spend above the one at least {@code percent} % of the population is at or below. */
  private static BigDecimal above(LogHistogram spend, int percent, int scale) {
    long atOrBelow = spend.lowerQuantile(percent, 100);
    return BigDecimal.valueOf(Math.addExact(atOrBelow, 1), scale);
  }
}
