package dev.retention.ingestion.stream;

import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.validation.EventValidator;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The Kafka-native ingestion path: untrusted JSON from {@code retention.raw-interactions.v1} becomes valid
 * CloudEvents on {@code retention.interactions.v1} (interaction events) or folded profiles on
 * {@code retention.customers.v1} (customer events), and everything else a dead letter on
 * {@code retention.dead-letter.v1}.
 *
 * <pre>
 * raw-interactions-source -> validate -> deduplicate -> interactions-sink
 *                               |            |      \-> fold-customer-profile -> customers-sink
 *                               +------------+-> dead-letter-sink
 * </pre>
 *
 * <p>Values are read as bytes, so reading a record cannot fail; every failure after that is a dead letter (see the
 * processors). Run it with {@code processing.guarantee=exactly_once_v2}: the dedup stores and the outputs are then
 * committed together, so a crash neither forwards an event twice nor forgets one.
 */
public final class ValidatorTopology {

  public static final String SOURCE = "raw-interactions-source";
  public static final String VALIDATE = "validate";
  public static final String DEDUPLICATE = "deduplicate";
  public static final String FOLD_CUSTOMER_PROFILE = "fold-customer-profile";
  public static final String INTERACTIONS_SINK = "interactions-sink";
  public static final String CUSTOMERS_SINK = "customers-sink";
  public static final String DEAD_LETTER_SINK = "dead-letter-sink";

  /**
   * The idempotency keys (source + id) of the events let through, each at its received time: a window store (see
   * {@link SeenEvents}). Its name differs from the key-value store of earlier versions on purpose, since a changelog
   * cannot change format under a store.
   */
  public static final String DEDUP_STORE = "ingestion-dedup-seen";
  /** Customer id to the folded profile. */
  public static final String CUSTOMER_PROFILES = "ingestion-customer-profiles";

  private ValidatorTopology() {}

  public static Topology build(ValidatorConfig config) {
    EventValidator validator = new EventValidator(config.rules());
    DeadLetters deadLetters = new DeadLetters(config.deadLetterPayloadLimit());

    Topology topology = new Topology();
    topology.addSource(AutoOffsetReset.earliest(), SOURCE, new SentTimeExtractor(),
        Topics.RAW_INTERACTIONS.keySerde().deserializer(), Topics.RAW_INTERACTIONS.valueSerde().deserializer(),
        Topics.RAW_INTERACTIONS.name());
    topology.addProcessor(VALIDATE, () -> new ValidateProcessor(validator, deadLetters), SOURCE);
    topology.addProcessor(DEDUPLICATE, () -> new DeduplicateProcessor(config, deadLetters), VALIDATE);
    topology.addProcessor(FOLD_CUSTOMER_PROFILE, FoldCustomerProfileProcessor::new, DEDUPLICATE);

    topology.addStateStore(dedupStore(config.dedupHorizon()), DEDUPLICATE);
    topology.addStateStore(customerProfiles(), FOLD_CUSTOMER_PROFILE);

    // The validated bytes go out as received: they passed the same schema and records the catalog serde reads, so
    // consumers read them with Topics.INTERACTIONS' serde; writing them again would only spend CPU (7 % of the
    // validator's, profiled) and change nothing a reader can see.
    topology.addSink(INTERACTIONS_SINK, Topics.INTERACTIONS.name(), Topics.INTERACTIONS.keySerde().serializer(),
        Serdes.ByteArray().serializer(), DEDUPLICATE);
    topology.addSink(CUSTOMERS_SINK, Topics.CUSTOMERS.name(), Topics.CUSTOMERS.keySerde().serializer(),
        Topics.CUSTOMERS.valueSerde().serializer(), FOLD_CUSTOMER_PROFILE);
    topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(), Topics.DEAD_LETTER.keySerde().serializer(),
        Topics.DEAD_LETTER.valueSerde().serializer(), VALIDATE, DEDUPLICATE);
    return topology;
  }

  private static StoreBuilder<WindowStore<String, byte[]>> dedupStore(Duration horizon) {
    // window size 1 ms: an entry is a point in time, the window is the lookup's, not the store's
    return Stores.windowStoreBuilder(
        Stores.persistentWindowStore(DEDUP_STORE, dedupRetention(horizon), Duration.ofMillis(1), false),
        Serdes.String(), Serdes.ByteArray());
  }

  /**
   * The dedup store's retention: the horizon and one millisecond, because a window store keeps (and returns) only
   * entries newer than its stream time minus the retention, while a key exactly at the horizon still counts as seen.
   */
  static Duration dedupRetention(Duration horizon) {
    return horizon.compareTo(Duration.ofMillis(Long.MAX_VALUE - 1)) >= 0 ? horizon : horizon.plusMillis(1);
  }

  private static StoreBuilder<KeyValueStore<String, CustomerProfile>> customerProfiles() {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CUSTOMER_PROFILES),
        Topics.CUSTOMERS.keySerde(), Topics.CUSTOMERS.valueSerde());
  }
}
