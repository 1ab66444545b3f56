package dev.retention.segmentation.stream;

import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.streams.LatestValueProcessor;
import dev.retention.segmentation.config.SegmentationConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.FailOnInvalidTimestamp;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The segmentation: validated interaction events in, each customer's value and segment changes out.
 *
 * <pre>
 * interactions-source -> segment -> customer-value-sink
 *                                 -> segment-changes-sink
 *                                 -> dead-letter-sink
 *                                 -> distribution-sink  (per-partition RFM summaries, DistributionTopic)
 *
 * distribution-source -> store-distribution -> segmentation-distributions (global store, read by segment)
 * </pre>
 *
 * <p>The interactions topic is keyed by customer id, so no repartitioning is needed: every event of a customer is in
 * one task, in order. Event time is the record timestamp, which the ingestion validator sets to the event's time.
 * Run it with {@code processing.guarantee=exactly_once_v2}: the stores and the outputs are committed together, so a
 * crash neither applies an event twice nor publishes a change twice. See {@link SegmentProcessor} for the outputs,
 * time and timers.
 */
public final class SegmentationTopology {

  public static final String SOURCE = "interactions-source";
  public static final String SEGMENT = "segment";
  public static final String CUSTOMER_VALUE_SINK = "customer-value-sink";
  public static final String SEGMENT_CHANGES_SINK = "segment-changes-sink";
  public static final String DEAD_LETTER_SINK = "dead-letter-sink";
  public static final String DISTRIBUTION_SINK = "distribution-sink";
  public static final String DISTRIBUTION_SOURCE = "distribution-source";
  public static final String STORE_DISTRIBUTION = "store-distribution";

  /** Customer id to the folded {@code CustomerState}, in {@code CustomerStateCodec}'s binary form. */
  public static final String CUSTOMER_STATE = "segmentation-customer-state";
  /** Customer id to the bookkeeping of their outputs: what was last published, when they are next due. */
  public static final String CUSTOMER_BOOK = "segmentation-customer-book";
  /** (due time, customer id) to customer id: the customers in the order their segments next change. */
  public static final String DUE_INDEX = "segmentation-due-index";
  /** Global: "partition-N" to the latest RFM summary of that partition's customers. */
  public static final String DISTRIBUTIONS = "segmentation-distributions";

  private SegmentationTopology() {}

  /** The topology with these definitions and the default grace and timer interval. */
  public static Topology build(SegmentationConfig definitions) {
    return build(SegmentationStreamConfig.of(definitions));
  }

  public static Topology build(SegmentationStreamConfig config) {
    Topology topology = new Topology();
    topology.addSource(AutoOffsetReset.earliest(), SOURCE, new FailOnInvalidTimestamp(),
        Topics.INTERACTIONS.keySerde().deserializer(), Topics.INTERACTIONS.valueSerde().deserializer(),
        Topics.INTERACTIONS.name());
    topology.addProcessor(SEGMENT, () -> new SegmentProcessor(config), SOURCE);
    topology.addStateStore(customerState(), SEGMENT);
    topology.addStateStore(customerBook(), SEGMENT);
    topology.addStateStore(dueIndex(), SEGMENT);
    topology.addSink(CUSTOMER_VALUE_SINK, Topics.CUSTOMER_VALUE.name(),
        Topics.CUSTOMER_VALUE.keySerde().serializer(), Topics.CUSTOMER_VALUE.valueSerde().serializer(), SEGMENT);
    topology.addSink(SEGMENT_CHANGES_SINK, Topics.SEGMENT_CHANGES.name(),
        Topics.SEGMENT_CHANGES.keySerde().serializer(), Topics.SEGMENT_CHANGES.valueSerde().serializer(), SEGMENT);
    topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(), Topics.DEAD_LETTER.keySerde().serializer(),
        Topics.DEAD_LETTER.valueSerde().serializer(), SEGMENT);
    topology.addSink(DISTRIBUTION_SINK, DistributionTopic.TOPIC.name(),
        DistributionTopic.TOPIC.keySerde().serializer(), DistributionTopic.TOPIC.valueSerde().serializer(), SEGMENT);
    topology.addGlobalStore(distributions(), DISTRIBUTION_SOURCE, new FailOnInvalidTimestamp(),
        DistributionTopic.TOPIC.keySerde().deserializer(), DistributionTopic.TOPIC.valueSerde().deserializer(),
        DistributionTopic.TOPIC.name(), STORE_DISTRIBUTION, () -> new LatestValueProcessor<>(DISTRIBUTIONS));
    return topology;
  }

  private static StoreBuilder<KeyValueStore<String, byte[]>> customerState() {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CUSTOMER_STATE), Serdes.String(),
        Serdes.ByteArray());
  }

  private static StoreBuilder<KeyValueStore<String, CustomerBook>> customerBook() {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CUSTOMER_BOOK), Serdes.String(),
        CustomerBookCodec.serde());
  }

  private static StoreBuilder<KeyValueStore<String, byte[]>> distributions() {
    // a global store is restored from its source topic: no changelog of its own
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DISTRIBUTIONS), Serdes.String(),
        Serdes.ByteArray()).withLoggingDisabled();
  }

  private static StoreBuilder<KeyValueStore<Bytes, String>> dueIndex() {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DUE_INDEX), Serdes.Bytes(), Serdes.String());
  }
}
