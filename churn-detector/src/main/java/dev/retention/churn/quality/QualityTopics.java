package dev.retention.churn.quality;

import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import dev.retention.contracts.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The quality topics of the churn detector, declared here until their contract moves to the catalog: the
 * observations re-keyed by product (internal), and the two warning streams for the teams that own products and
 * service.
 */
public final class QualityTopics {

  public static final Topic<String, QualityEvent> EVENTS = new Topic<>("retention.churn-quality-events.v1",
      Serdes.String(), JsonSerde.of(QualityEvent.class), Topics.PARTITIONS, CleanupPolicy.DELETE,
      Optional.of(Duration.ofDays(7)), "Internal to the churn detector: sales, complaints, refunds and first "
          + "responses re-keyed by product id (or 'service') for the quality rates.");

  public static final Topic<String, QualityWarning> PRODUCT_QUALITY = new Topic<>(
      "retention.product-quality-warnings.v1", Serdes.String(), JsonSerde.of(QualityWarning.class),
      Topics.PARTITIONS, CleanupPolicy.DELETE, Optional.of(Duration.ofDays(30)),
      "A product's complaint and refund rate spiked against its baseline, or is back to normal; keyed by product id.");

  public static final Topic<String, QualityWarning> SERVICE_QUALITY = new Topic<>(
      "retention.service-quality-warnings.v1", Serdes.String(), JsonSerde.of(QualityWarning.class), 1,
      CleanupPolicy.DELETE, Optional.of(Duration.ofDays(30)),
      "The share of complaints first answered after their SLA spiked against its baseline, or is back to normal.");

  private QualityTopics() {}

  public static List<Topic<?, ?>> all() {
    return List.of(EVENTS, PRODUCT_QUALITY, SERVICE_QUALITY);
  }
}
