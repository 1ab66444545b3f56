package dev.retention.churn.stream;

import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import dev.retention.contracts.topics.Topics;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The churn detector's own topic: each customer's {@link CustomerPurchases}, keyed by customer id, compacted. Every
 * instance writes the histories of its partitions; the model trainer reads the whole topic to fit on the whole
 * population, whichever instance it runs in. Internal to the churn detector, so declared here and not in the
 * contracts catalog.
 */
public final class CustomerPurchasesTopic {

  public static final Topic<String, CustomerPurchases> TOPIC = new Topic<>("retention.churn-customer-purchases.v1",
      Serdes.String(), JsonSerde.of(CustomerPurchases.class), Topics.PARTITIONS, CleanupPolicy.COMPACT,
      Optional.empty(), "Internal to the churn detector: each customer's purchase occasions (x, t_x, first purchase, "
          + "mean repeat spend) for the BG/NBD and Gamma-Gamma model trainer.");

  private CustomerPurchasesTopic() {}
}
