package dev.retention.churn.stream;

import dev.retention.churn.quality.QualityBook;
import dev.retention.churn.quality.QualityProcessor;
import dev.retention.churn.quality.QualityTopics;
import dev.retention.churn.state.CustomerStateSerde;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.streams.LatestValueProcessor;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.FailOnInvalidTimestamp;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The churn detector: interaction events and customer values in, each customer's risk, churn warnings and purchase
 * histories out.
 *
 * <pre>
 * interactions-source   -+-> churn -> churn-risk-sink
 * customer-value-source -+         -> churn-warnings-sink
 *                                  -> customer-purchases-sink  (CustomerPurchasesTopic, read by the model trainer)
 *
 *                                  -> quality-events-sink    (QualityTopics.EVENTS, keyed by product id or "service")
 *
 * quality-events-source -> quality -> product-quality-sink, service-quality-sink
 *
 * model-source -> store-model -> churn-models (global store: the newest ModelParameters per model name, read by churn)
 * </pre>
 *
 * <p>Both inputs are keyed by customer id with the same partition count, so they are co-partitioned: every record of
 * a customer is in one task, in order, with no repartitioning. Event time comes from the records
 * ({@link EventTimeExtractor}). The model topic is read in full by every instance, like a GlobalKTable. Run with
 * {@code processing.guarantee=exactly_once_v2}: stores and outputs are committed together, so a crash neither
 * publishes a warning twice nor loses one. See {@link ChurnProcessor} for outputs, time and timers.
 */
public final class ChurnTopology {

  public static final String INTERACTIONS_SOURCE = "interactions-source";
  public static final String CUSTOMER_VALUE_SOURCE = "customer-value-source";
  public static final String CHURN = "churn";
  public static final String RISK_SINK = "churn-risk-sink";
  public static final String WARNINGS_SINK = "churn-warnings-sink";
  public static final String PURCHASES_SINK = "customer-purchases-sink";
  public static final String DEAD_LETTER_SINK = "dead-letter-sink";
  public static final String MODEL_SOURCE = "model-source";
  public static final String STORE_MODEL = "store-model";
  public static final String QUALITY_EVENTS_SINK = "quality-events-sink";
  public static final String QUALITY_EVENTS_SOURCE = "quality-events-source";
  public static final String QUALITY = "quality";
  public static final String PRODUCT_QUALITY_SINK = "product-quality-sink";
  public static final String SERVICE_QUALITY_SINK = "service-quality-sink";
  /** Product id or "service" to the daily problems and base of its quality rate. */
  public static final String QUALITY_BOOK = "churn-quality-book";

  /** Customer id to the folded {@code CustomerState}. */
  public static final String CUSTOMER_STATE = "churn-customer-state";
  /** Customer id to the bookkeeping of their outputs ({@link CustomerBook}). */
  public static final String CUSTOMER_BOOK = "churn-customer-book";
  /** (due time, customer id) to customer id: customers in the order their risk next changes with no event. */
  public static final String DUE_INDEX = "churn-due-index";
  /** Global: model name to the newest {@link ModelParameters}. */
  public static final String MODELS = "churn-models";

  private ChurnTopology() {}

  public static Topology build(ChurnStreamConfig config) {
    Topology topology = new Topology();
    EventTimeExtractor eventTime = new EventTimeExtractor();
    topology.addSource(AutoOffsetReset.earliest(), INTERACTIONS_SOURCE, eventTime,
        Topics.INTERACTIONS.keySerde().deserializer(), Topics.INTERACTIONS.valueSerde().deserializer(),
        Topics.INTERACTIONS.name());
    topology.addSource(AutoOffsetReset.earliest(), CUSTOMER_VALUE_SOURCE, eventTime,
        Topics.CUSTOMER_VALUE.keySerde().deserializer(), Topics.CUSTOMER_VALUE.valueSerde().deserializer(),
        Topics.CUSTOMER_VALUE.name());
    topology.addProcessor(CHURN, () -> new ChurnProcessor(config), INTERACTIONS_SOURCE, CUSTOMER_VALUE_SOURCE);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CUSTOMER_STATE),
        Serdes.String(), CustomerStateSerde.serde()), CHURN);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CUSTOMER_BOOK),
        Serdes.String(), CustomerBook.serde()), CHURN);
    topology.addStateStore(dueIndex(), CHURN);
    sink(topology, RISK_SINK, Topics.CHURN_RISK);
    sink(topology, WARNINGS_SINK, Topics.CHURN_WARNINGS);
    sink(topology, PURCHASES_SINK, CustomerPurchasesTopic.TOPIC);
    sink(topology, DEAD_LETTER_SINK, Topics.DEAD_LETTER);
    sink(topology, QUALITY_EVENTS_SINK, QualityTopics.EVENTS);
    topology.addSource(AutoOffsetReset.earliest(), QUALITY_EVENTS_SOURCE, new FailOnInvalidTimestamp(),
        QualityTopics.EVENTS.keySerde().deserializer(), QualityTopics.EVENTS.valueSerde().deserializer(),
        QualityTopics.EVENTS.name());
    topology.addProcessor(QUALITY, () -> new QualityProcessor(config.definitions(), QUALITY_BOOK,
        PRODUCT_QUALITY_SINK, SERVICE_QUALITY_SINK), QUALITY_EVENTS_SOURCE);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(QUALITY_BOOK),
        Serdes.String(), JsonSerde.of(QualityBook.class)), QUALITY);
    topology.addSink(PRODUCT_QUALITY_SINK, QualityTopics.PRODUCT_QUALITY.name(),
        QualityTopics.PRODUCT_QUALITY.keySerde().serializer(), QualityTopics.PRODUCT_QUALITY.valueSerde().serializer(),
        QUALITY);
    topology.addSink(SERVICE_QUALITY_SINK, QualityTopics.SERVICE_QUALITY.name(),
        QualityTopics.SERVICE_QUALITY.keySerde().serializer(), QualityTopics.SERVICE_QUALITY.valueSerde().serializer(),
        QUALITY);
    topology.addGlobalStore(models(), MODEL_SOURCE, eventTime, Topics.MODEL.keySerde().deserializer(),
        Topics.MODEL.valueSerde().deserializer(), Topics.MODEL.name(), STORE_MODEL, () -> new LatestValueProcessor<>(MODELS));
    return topology;
  }

  private static <V> void sink(Topology topology, String name, Topic<String, V> topic) {
    topology.addSink(name, topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer(), CHURN);
  }

  private static StoreBuilder<KeyValueStore<Bytes, String>> dueIndex() {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DUE_INDEX), Serdes.Bytes(), Serdes.String());
  }

  private static StoreBuilder<KeyValueStore<String, ModelParameters>> models() {
    // a global store is restored from its source topic: no changelog of its own; a handful of records, in memory
    return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(MODELS), Serdes.String(),
        Topics.MODEL.valueSerde()).withLoggingDisabled();
  }
}
