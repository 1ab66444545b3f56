package dev.retention.segmentation.stream;

import dev.retention.segmentation.codec.CustomerStateCodec;
import dev.retention.segmentation.codec.RfmDistributionCodec;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.policy.PopulationCuts;
import dev.retention.segmentation.policy.Segmenter;
import dev.retention.segmentation.policy.TierCuts;
import dev.retention.segmentation.rfm.RfmDistribution;
import dev.retention.segmentation.state.CustomerState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The customer population, both ways: {@link #summarize} builds the summary of one task's customers (to publish),
 * and {@link #cuts} merges the latest summary of every partition (the global store) into the cuts that scores and
 * percentile tiers use. Until a summary exists, scores are absent and PERCENTILE tiers fall back to the fixed
 * thresholds, as the contract prescribes.
 */
final class Population {

  private final SegmentationConfig definitions;
  private final Segmenter segmenter;
  /** The summaries the last cuts were made from, and those cuts: merging is costly, reading 1 summary per partition
   * is not, and the summaries change once per distribution interval while cuts are asked for on every timer tick. */
  private List<byte[]> lastSummaries;
  private PopulationCuts lastCuts;

  Population(SegmentationConfig definitions, Segmenter segmenter) {
    this.definitions = definitions;
    this.segmenter = segmenter;
  }

  /** The cuts of the merged summaries in {@code summaries}, falling back to fixed tiers while there are none. */
  PopulationCuts cuts(ReadOnlyKeyValueStore<String, byte[]> summaries) {
    List<byte[]> current = new ArrayList<>();
    if (summaries != null) {
      try (KeyValueIterator<String, byte[]> all = summaries.all()) {
        while (all.hasNext()) {
          current.add(all.next().value);
        }
      }
    }
    if (lastCuts != null && sameSummaries(current, lastSummaries)) {
      return lastCuts;
    }
    lastCuts = merge(current);
    lastSummaries = current;
    return lastCuts;
  }

  private static boolean sameSummaries(List<byte[]> a, List<byte[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private PopulationCuts merge(List<byte[]> summaries) {
    RfmDistribution merged = null;
    for (byte[] summary : summaries) {
      RfmDistribution d = RfmDistributionCodec.decode(summary);
      merged = merged == null ? d : merged.merge(d);
    }
    Optional<RfmDistribution> population =
        Optional.ofNullable(merged).filter(d -> d.population() > 0);
    PopulationCuts cuts = segmenter.populationCuts(population);
    if (cuts.tierCuts() != null) {
      return cuts;
    }
    return new PopulationCuts(cuts.quintiles(),
        new TierCuts(definitions.tier().highSpend(), definitions.tier().mediumSpend()));
  }

  /**
   * The summary of every customer in {@code states} who has purchased, as of {@code now}. Reads the whole store: its
   * cost is proportional to the task's customers, so it runs at a long stream-time interval.
   */
  RfmDistribution summarize(KeyValueStore<String, byte[]> states, Instant now) {
    RfmDistribution.Builder builder = new RfmDistribution.Builder(definitions.currency().scale());
    try (KeyValueIterator<String, byte[]> all = states.all()) {
      while (all.hasNext()) {
        KeyValue<String, byte[]> entry = all.next();
        CustomerState state = CustomerStateCodec.decode(entry.value);
        segmenter.rfmValues(state, later(now, state)).ifPresent(builder::add);
      }
    }
    return builder.build();
  }

  /** Never evaluates a customer before their last purchase (a late event within the grace may be newer). */
  private static Instant later(Instant now, CustomerState state) {
    Instant last = state.purchases().last();
    return last != null && last.isAfter(now) ? last : now;
  }
}
