package dev.retention.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Deserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.opentest4j.AssertionFailedError;

/**
 * Reads a topic from the beginning ({@code read_committed}, no consumer group) until a condition over everything
 * read so far holds, or fails when the deadline passes, listing what did arrive. Waits only in
 * {@link KafkaConsumer#poll(Duration)} and in bounded metadata look-ups, never past the deadline.
 */
final class RecordAwaiter {

    private static final Duration MAX_POLL = Duration.ofMillis(200);

    private final ClientConfigs configs;

    RecordAwaiter(ClientConfigs configs) {
        this.configs = configs;
    }

    <K, V> List<ConsumerRecord<K, V>> await(String topic, Deserializer<K> keyDeserializer,
            Deserializer<V> valueDeserializer, Predicate<? super List<ConsumerRecord<K, V>>> done,
            String expectation, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<K, V>> received = new ArrayList<>();
        List<ConsumerRecord<K, V>> view = Collections.unmodifiableList(received);
        try (KafkaConsumer<K, V> consumer =
                new KafkaConsumer<>(configs.groupLessReader(), keyDeserializer, valueDeserializer)) {
            if (!assignAllPartitions(consumer, topic, deadline)) {
                throw new AssertionFailedError(RecordDescriber.timeoutMessage(
                        topic, expectation, timeout, false, received));
            }
            while (true) {
                if (done.test(view)) {
                    return List.copyOf(received);
                }
                long remainingNanos = deadline - System.nanoTime();
                if (remainingNanos <= 0) {
                    throw new AssertionFailedError(RecordDescriber.timeoutMessage(
                            topic, expectation, timeout, true, received));
                }
                Duration remaining = Duration.ofNanos(remainingNanos);
                consumer.poll(remaining.compareTo(MAX_POLL) < 0 ? remaining : MAX_POLL).forEach(received::add);
            }
        }
    }

    /**
     * Reads every partition of the topic from the beginning to the end offsets it has when reading starts (for a
     * {@code read_committed} reader: up to the last stable offset) and returns what was read.
     */
    <K, V> List<ConsumerRecord<K, V>> readAll(String topic, Deserializer<K> keyDeserializer,
            Deserializer<V> valueDeserializer, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String expectation = "every record up to the end offsets";
        List<ConsumerRecord<K, V>> received = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer =
                new KafkaConsumer<>(configs.groupLessReader(), keyDeserializer, valueDeserializer)) {
            if (!assignAllPartitions(consumer, topic, deadline)) {
                throw new AssertionFailedError(RecordDescriber.timeoutMessage(
                        topic, expectation, timeout, false, received));
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), timeout);
            while (!end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                long remainingNanos = deadline - System.nanoTime();
                if (remainingNanos <= 0) {
                    throw new AssertionFailedError(RecordDescriber.timeoutMessage(
                            topic, expectation, timeout, true, received));
                }
                Duration remaining = Duration.ofNanos(remainingNanos);
                consumer.poll(remaining.compareTo(MAX_POLL) < 0 ? remaining : MAX_POLL).forEach(received::add);
            }
            return List.copyOf(received);
        }
    }

    /**
     * Waits (until the deadline) for the topic to exist, then assigns all its partitions from the beginning.
     * Returns false if the topic did not appear in time.
     */
    private static boolean assignAllPartitions(KafkaConsumer<?, ?> consumer, String topic, long deadline) {
        List<PartitionInfo> partitions = new ArrayList<>();
        try {
            Awaitility.await("topic '" + topic + "' to exist")
                    .pollInSameThread() // the consumer is single-threaded
                    .atMost(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        partitions.clear();
                        try {
                            partitions.addAll(consumer.partitionsFor(topic, MAX_POLL));
                        } catch (TimeoutException notYet) {
                            return false;
                        }
                        return !partitions.isEmpty();
                    });
        } catch (ConditionTimeoutException timedOut) {
            return false;
        }
        List<TopicPartition> assignment = partitions.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(assignment);
        consumer.seekToBeginning(assignment);
        return true;
    }
}
