package dev.retention.contracts.topics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.SegmentChange;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The catalog: every topic of the platform, declared once. Services refer to these constants for names and serdes;
 * nobody spells a topic name or picks a serde anywhere else.
 *
 * <p>Keys are customer ids (case ids on the cases topic, model names on the model topic), as UTF-8 strings.
 * Partition count is the unit of scale; 12 by default, so up to 12 instances of a Streams service share the work.
 */
public final class Topics {

  /** Default partition count of the keyed topics. */
  public static final int PARTITIONS = 12;

  private static final Serde<String> KEY = Serdes.String();
  private static final Optional<Duration> FOREVER = Optional.empty();

  public static final Topic<String, byte[]> RAW_INTERACTIONS = new Topic<>(
      "retention.raw-interactions.v1", KEY, Serdes.ByteArray(), PARTITIONS, CleanupPolicy.DELETE,
      Optional.of(Duration.ofDays(7)),
      "Untrusted JSON from Kafka-native producers, validated into the interactions topic or the dead letter.");

  public static final Topic<String, CloudEvent> INTERACTIONS = new Topic<>(
      "retention.interactions.v1", KEY, JsonSerde.of(CloudEvent.class), PARTITIONS, CleanupPolicy.DELETE,
      FOREVER,
      "The log of record: validated interaction CloudEvents (purchases, contacts, complaints, surveys), keyed by "
          + "customer id, without personal data.");

  public static final Topic<String, CustomerProfile> CUSTOMERS = new Topic<>(
      "retention.customers.v1", KEY, JsonSerde.of(CustomerProfile.class), PARTITIONS, CleanupPolicy.COMPACT,
      FOREVER,
      "Each customer's current profile and consents, folded from customer events. Erasure is a tombstone.");

  public static final Topic<String, DeadLetter> DEAD_LETTER = new Topic<>(
      "retention.dead-letter.v1", KEY, JsonSerde.of(DeadLetter.class), PARTITIONS, CleanupPolicy.DELETE,
      Optional.of(Duration.ofDays(30)),
      "Refused input, whole, with the reason, the field at fault and where it came from.");

  public static final Topic<String, CustomerValue> CUSTOMER_VALUE = new Topic<>(
      "retention.customer-value.v1", KEY, JsonSerde.of(CustomerValue.class), PARTITIONS, CleanupPolicy.COMPACT,
      FOREVER, "Each customer's RFM values and scores, value tier, frequency class, lifecycle stage and preferences. "
          + "Erasure is a tombstone.");

  public static final Topic<String, SegmentChange> SEGMENT_CHANGES = new Topic<>(
      "retention.segment-changes.v1", KEY, JsonSerde.of(SegmentChange.class), PARTITIONS, CleanupPolicy.DELETE,
      Optional.of(Duration.ofDays(30)), "TierChanged and LifecycleStageChanged events, one per real change.");

  public static final Topic<String, ChurnWarning> CHURN_WARNINGS = new Topic<>(
      "retention.churn-warnings.v1", KEY, JsonSerde.of(ChurnWarning.class), PARTITIONS, CleanupPolicy.DELETE,
      Optional.of(Duration.ofDays(30)), "The alert stream: ChurnWarningRaised, Escalated and Cleared.");

  public static final Topic<String, ChurnRisk> CHURN_RISK = new Topic<>(
      "retention.churn-risk.v1", KEY, JsonSerde.of(ChurnRisk.class), PARTITIONS, CleanupPolicy.COMPACT,
      FOREVER, "Each customer's current churn risk: score, level and reasons.");

  public static final Topic<String, ModelParameters> MODEL = new Topic<>(
      "retention.model.v1", KEY, JsonSerde.of(ModelParameters.class), 1, CleanupPolicy.COMPACT,
      FOREVER, "Fitted model parameters (BG/NBD, Gamma-Gamma), keyed by model name; one partition, read globally.");

  // The value contract of the cases topic is defined by the retention-cases service; until it moves here its values
  // are read as untyped JSON with a logical "type" property.

  public static final Topic<String, JsonNode> CASES = new Topic<>(
      "retention.cases.v1", KEY, JsonSerde.of(JsonNode.class), PARTITIONS, CleanupPolicy.DELETE,
      Optional.of(Duration.ofDays(30)), "Retention case events published from the Axon event store, keyed by case id.");

  private static final List<Topic<?, ?>> ALL = List.of(
      RAW_INTERACTIONS, INTERACTIONS, CUSTOMERS, DEAD_LETTER, CUSTOMER_VALUE, SEGMENT_CHANGES, CHURN_WARNINGS,
      CHURN_RISK, MODEL, CASES);

  private Topics() {}

  /** Every topic of the platform, in the order of DESIGN.md. */
  public static List<Topic<?, ?>> all() {
    return ALL;
  }

  public static Optional<Topic<?, ?>> byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
