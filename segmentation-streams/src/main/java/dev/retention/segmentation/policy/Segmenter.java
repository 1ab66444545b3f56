package dev.retention.segmentation.policy;

import dev.retention.contracts.segments.ValueTier;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.rfm.QuintileBoundaries;
import dev.retention.segmentation.rfm.RfmDistribution;
import dev.retention.segmentation.rfm.RfmScorer;
import dev.retention.segmentation.rfm.RfmValues;
import dev.retention.segmentation.state.CustomerState;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * All definitions together: what the topology calls. Per customer: {@link #evaluate} after each event and when the
 * customer's review time is due, {@link #nextReviewTime} to schedule that, and {@link #rfmValues} to add the customer
 * to its partition's distribution. Per global distribution: {@link #populationCuts}, once.
 */
public final class Segmenter {

  private final SegmentationConfig config;
  private final String definitionsVersion;
  private final ValueTierPolicy tiers;
  private final FrequencyClassifier frequency;
  private final LifecycleStagePolicy lifecycle;

  public Segmenter(SegmentationConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.definitionsVersion = config.definitionsVersion();
    this.tiers = new ValueTierPolicy(config);
    this.frequency = new FrequencyClassifier(config);
    this.lifecycle = new LifecycleStagePolicy(config);
  }

  /** The quintile boundaries and tier cuts of a global distribution; both absent while it is unknown or empty. */
  public PopulationCuts populationCuts(Optional<RfmDistribution> population) {
    QuintileBoundaries quintiles = population.flatMap(QuintileBoundaries::from).orElse(null);
    return new PopulationCuts(quintiles, tiers.cuts(population).orElse(null));
  }

  /** The customer's raw R, F and M as of {@code now}, to add to the distribution; empty before any purchase. */
  public Optional<RfmValues> rfmValues(CustomerState state, Instant now) {
    return CustomerMetrics.of(state, now, config).rfm();
  }

  public CustomerSegments evaluate(CustomerState state, Instant now, PopulationCuts cuts) {
    CustomerMetrics m = CustomerMetrics.of(state, now, config);
    RfmValues rfm = m.rfm().orElse(null);
    int top = config.preferences().top();
    return new CustomerSegments(m, rfm,
        rfm == null || cuts.quintiles() == null ? null : RfmScorer.score(rfm, cuts.quintiles()),
        rfm == null || cuts.tierCuts() == null ? null : tiers.tier(m.valueWindow().netSpend(), cuts.tierCuts()),
        frequency.classify(m).orElse(null),
        lifecycle.stage(m).orElse(null),
        state.categories().top(top), state.products().top(top), definitionsVersion);
  }

  /**
   * The first instant after {@code now} at which the tier (with these cuts), the frequency class or the lifecycle
   * stage changes if nothing happens; empty if none ever does. RFM scores and raw recency are not scheduled: they
   * move with the population and with every passing day, and are refreshed whenever the customer is evaluated.
   */
  public Optional<Instant> nextReviewTime(CustomerState state, Instant now, PopulationCuts cuts) {
    return ReviewTimes.firstChange(ReviewTimes.candidates(state, now, config), now, t -> {
      CustomerMetrics m = CustomerMetrics.of(state, t, config);
      ValueTier tier = m.hasPurchased() && cuts.tierCuts() != null
          ? tiers.tier(m.valueWindow().netSpend(), cuts.tierCuts())
          : null;
      return Arrays.asList(tier, frequency.classify(m).orElse(null), lifecycle.stage(m).orElse(null));
    });
  }
}
