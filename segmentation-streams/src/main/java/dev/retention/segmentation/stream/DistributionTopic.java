package dev.retention.segmentation.stream;

import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The segmentation's own topic of population summaries: per input partition, the latest {@code RfmDistribution} of
 * its customers ({@code RfmDistributionCodec} bytes), keyed {@code partition-N}; compacted, one partition, read
 * back whole by every instance as a global store. Only the segmentation reads it. (Declared here rather than in the
 * contracts catalog because no other service depends on it; move it there if one ever does.)
 */
public final class DistributionTopic {

  public static final Topic<String, byte[]> TOPIC = new Topic<>("retention.segmentation-distribution.v1",
      Serdes.String(), Serdes.ByteArray(), 1, CleanupPolicy.COMPACT, Optional.empty(),
      "Per interactions partition, the latest RFM population summary of its customers; merged by every "
          + "segmentation instance into the global distribution that RFM scores and percentile tiers use.");

  private DistributionTopic() {}

  /** The key of the summary of interactions partition {@code partition}. */
  static String key(int partition) {
    return "partition-" + partition;
  }
}
