package dev.retention.testkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A test's handle on its Kafka cluster: where it is, unique names, client settings, and helpers to create topics,
 * produce records with explicit timestamps and wait for records. Injected by {@link KafkaClusterExtension}; one
 * instance (and one cluster) per test class. Safe to use from several threads.
 *
 * <p>The cluster may be shared (an external one) and always outlives a single test, so tests should use
 * {@link #uniqueTopic(String)} and {@link #uniqueApplicationId(String)} rather than fixed names.
 */
public final class TestKafka {

    private final RunningCluster cluster;
    private final ClientConfigs configs;
    private final UniqueNames names = new UniqueNames();
    private final SharedAdmin admin;
    private final TopicAdmin topics;
    private final RecordProducer producer;
    private final RecordAwaiter awaiter;

    TestKafka(RunningCluster cluster) {
        this.cluster = cluster;
        this.configs = new ClientConfigs(cluster.bootstrapServers());
        this.admin = new SharedAdmin(configs.admin());
        this.topics = new TopicAdmin(admin);
        this.producer = new RecordProducer(configs);
        this.awaiter = new RecordAwaiter(configs);
    }

    /** {@code host:port[,host:port]} of the cluster's brokers. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** What kind of cluster this is, e.g. "embedded KRaft cluster (3 brokers + 1 controller)". */
    public String description() {
        return cluster.description();
    }

    // ---- names ----------------------------------------------------------------------------------------------

    /** A topic name no other test uses: {@code prefix-<n>-<random>}. Does not create the topic. */
    public String uniqueTopic(String prefix) {
        return names.next(prefix);
    }

    /** A Kafka Streams {@code application.id} no other test uses: {@code prefix-<n>-<random>}. */
    public String uniqueApplicationId(String prefix) {
        return names.next(prefix);
    }

    /** A consumer {@code group.id} no other test uses: {@code prefix-<n>-<random>}. */
    public String uniqueGroupId(String prefix) {
        return names.next(prefix);
    }

    // ---- topics ---------------------------------------------------------------------------------------------

    /**
     * Creates a topic with the broker's default replication factor (1 on a single broker, 3 on a multi-broker
     * embedded cluster) and returns once every partition has a leader.
     */
    public void createTopic(String name, int partitions) {
        createTopics(new NewTopic(name, Optional.of(partitions), Optional.empty()));
    }

    /** Creates a topic with its own replication factor and topic configs (e.g. {@code min.insync.replicas}). */
    public void createTopic(String name, int partitions, short replicationFactor, Map<String, String> configs) {
        createTopics(new NewTopic(name, partitions, replicationFactor).configs(configs));
    }

    /** Creates the topics in one request and returns once every partition has a leader. */
    public void createTopics(NewTopic... newTopics) {
        createTopics(Arrays.asList(newTopics));
    }

    /** Creates the topics in one request and returns once every partition has a leader. */
    public void createTopics(Collection<NewTopic> newTopics) {
        topics.create(List.copyOf(newTopics));
    }

    /** Waits until every partition's in-sync replica set holds all its replicas (e.g. after a broker restart). */
    public void awaitReplicasInSync(String topic, Duration timeout) {
        topics.awaitReplicasInSync(topic, timeout);
    }

    // ---- clients --------------------------------------------------------------------------------------------

    /** {@code bootstrap.servers}; a fresh mutable map. */
    public Map<String, Object> adminConfig() {
        return configs.admin();
    }

    /** {@code bootstrap.servers}, {@code acks=all}, idempotence on; no serializers. A fresh mutable map. */
    public Map<String, Object> producerConfig() {
        return configs.producer();
    }

    /**
     * {@code bootstrap.servers}, the group id, {@code isolation.level=read_committed},
     * {@code auto.offset.reset=earliest}; no deserializers. A fresh mutable map.
     */
    public Map<String, Object> consumerConfig(String groupId) {
        return configs.consumer(groupId);
    }

    /**
     * An admin client for the cluster, shared by the test class. Closing it is ignored (so try-with-resources is
     * harmless); testkit closes it with the cluster.
     */
    public Admin admin() {
        return admin;
    }

    /**
     * Stops and starts single brokers, for fault tests; present only for embedded clusters. Typical use:
     * {@code kafka.brokerControl().orElseThrow()}, or skip with
     * {@code Assumptions.assumeTrue(kafka.brokerControl().isPresent())} where other clusters must run the test.
     */
    public Optional<BrokerControl> brokerControl() {
        return cluster.brokerControl();
    }

    // ---- records --------------------------------------------------------------------------------------------

    /**
     * Produces the records, in order, each with its own timestamp, and returns once all are acknowledged
     * ({@code acks=all}, idempotent). Fails with an {@link IllegalStateException} if one is not acknowledged within
     * about a minute. The serializers are closed afterwards.
     */
    public <K, V> List<RecordMetadata> produce(String topic, Serializer<K> keySerializer,
            Serializer<V> valueSerializer, List<TimedRecord<K, V>> records) {
        Objects.requireNonNull(topic, "topic");
        return producer.produce(topic, keySerializer, valueSerializer, List.copyOf(records));
    }

    /**
     * Reads the topic from the beginning ({@code read_committed}) until at least {@code expectedCount} records have
     * arrived and returns all records read (possibly more than expected), in arrival order (ordered within each
     * partition). Fails with an {@link AssertionError} listing what did arrive if the timeout passes first. The
     * deserializers are closed afterwards.
     */
    public <K, V> List<ConsumerRecord<K, V>> awaitRecords(String topic, Deserializer<K> keyDeserializer,
            Deserializer<V> valueDeserializer, int expectedCount, Duration timeout) {
        if (expectedCount < 0) {
            throw new IllegalArgumentException("expectedCount must not be negative: " + expectedCount);
        }
        return awaiter.await(topic, keyDeserializer, valueDeserializer, records -> records.size() >= expectedCount,
                "at least " + expectedCount + (expectedCount == 1 ? " record" : " records"), timeout);
    }

    /**
     * Reads the topic from the beginning ({@code read_committed}) until {@code condition} holds for all records read
     * so far, and returns them. Fails with an {@link AssertionError} listing what did arrive if the timeout passes
     * first. The deserializers are closed afterwards.
     *
     * @param condition   tested after every poll with an unmodifiable view of the records read so far
     * @param description what is awaited, for the failure message, e.g. "the final total for customer c-1"
     */
    public <K, V> List<ConsumerRecord<K, V>> awaitRecords(String topic, Deserializer<K> keyDeserializer,
            Deserializer<V> valueDeserializer, Predicate<? super List<ConsumerRecord<K, V>>> condition,
            String description, Duration timeout) {
        Objects.requireNonNull(condition, "condition");
        return awaiter.await(topic, keyDeserializer, valueDeserializer, condition, description, timeout);
    }

    /**
     * Reads the topic from the beginning ({@code read_committed}) until a record matches and returns the first one
     * that does. Fails with an {@link AssertionError} listing what did arrive if the timeout passes first.
     */
    public <K, V> ConsumerRecord<K, V> awaitRecord(String topic, Deserializer<K> keyDeserializer,
            Deserializer<V> valueDeserializer, Predicate<? super ConsumerRecord<K, V>> matching, String description,
            Duration timeout) {
        Objects.requireNonNull(matching, "matching");
        List<ConsumerRecord<K, V>> records = awaiter.await(topic, keyDeserializer, valueDeserializer,
                read -> read.stream().anyMatch(matching), "a record matching " + description, timeout);
        return records.stream().filter(matching).findFirst().orElseThrow();
    }

    /**
     * Reads the whole topic ({@code read_committed}): every partition from the beginning to its end offset when
     * reading starts, so what every finished transaction wrote. Fails with an {@link AssertionError} if that takes
     * longer than the timeout. The deserializers are closed afterwards.
     */
    public <K, V> List<ConsumerRecord<K, V>> readAll(String topic, Deserializer<K> keyDeserializer,
            Deserializer<V> valueDeserializer, Duration timeout) {
        Objects.requireNonNull(topic, "topic");
        return awaiter.readAll(topic, keyDeserializer, valueDeserializer, timeout);
    }

    /** Removes what this handle created on a shared cluster and releases the admin client. */
    void close() {
        try {
            if (!cluster.disposable()) {
                topics.deleteCreated();
            }
        } finally {
            admin.release();
        }
    }
}
