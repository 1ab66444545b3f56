package dev.retention.segmentation.policy;

import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.segmentation.rfm.RfmScore;
import dev.retention.segmentation.rfm.RfmValues;
import dev.retention.segmentation.state.RankedItem;
import java.util.List;
import java.util.Objects;

/**
 * Everything the definitions say about one customer as of one instant; the topology maps it to the customer-value
 * output. Fields are null where a definition has no answer: before the first purchase (rfm, tier, frequency class,
 * stage) or while the population is unknown (scores; tier in PERCENTILE mode).
 *
 * @param metrics the inputs the definitions looked at, for explaining them
 * @param rfm raw recency (days), frequency (value-window purchases) and monetary value (value-window net spend)
 * @param scores R, F and M scores 1-5 against the population's quintiles
 * @param topCategories favourite categories by spend, most first
 * @param topProducts favourite products by spend, most first
 * @param definitionsVersion which definitions produced this, see {@code SegmentationConfig#definitionsVersion}
 */
public record CustomerSegments(
    CustomerMetrics metrics,
    RfmValues rfm,
    RfmScore scores,
    ValueTier tier,
    FrequencyClass frequencyClass,
    LifecycleStage stage,
    List<RankedItem> topCategories,
    List<RankedItem> topProducts,
    String definitionsVersion) {

  public CustomerSegments {
    Objects.requireNonNull(metrics, "metrics");
    topCategories = List.copyOf(topCategories);
    topProducts = List.copyOf(topProducts);
    Objects.requireNonNull(definitionsVersion, "definitionsVersion");
  }
}
