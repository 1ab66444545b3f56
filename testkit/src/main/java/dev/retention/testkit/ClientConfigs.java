package dev.retention.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** Client settings for a cluster. Every call returns a fresh, mutable map. */
final class ClientConfigs {

    private final String bootstrapServers;

    ClientConfigs(String bootstrapServers) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    }

    Map<String, Object> admin() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }

    /** Idempotent, {@code acks=all}; no serializers (pass instances or add them). */
    Map<String, Object> producer() {
        Map<String, Object> config = admin();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    /** {@code read_committed}, from the earliest offset when the group has none; no deserializers. */
    Map<String, Object> consumer(String groupId) {
        Objects.requireNonNull(groupId, "groupId");
        Map<String, Object> config = admin();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    /**
     * For testkit's own reading: no group (partitions are assigned, nothing is committed), {@code read_committed},
     * and no topic auto-creation as a side effect of waiting for a topic that does not exist yet.
     */
    Map<String, Object> groupLessReader() {
        Map<String, Object> config = admin();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return config;
    }

    /** For testkit's own producing: like {@link #producer()}, but gives up within about 30 s instead of 2 min. */
    Map<String, Object> boundedProducer() {
        Map<String, Object> config = producer();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        return config;
    }
}
