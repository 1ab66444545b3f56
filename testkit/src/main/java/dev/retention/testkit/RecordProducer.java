package dev.retention.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;

/** Produces {@link TimedRecord}s with their own timestamps and waits until every one is acknowledged. */
final class RecordProducer {

    private static final long ACK_TIMEOUT_MS = 60_000;

    private final ClientConfigs configs;

    RecordProducer(ClientConfigs configs) {
        this.configs = configs;
    }

    <K, V> List<RecordMetadata> produce(String topic, Serializer<K> keySerializer, Serializer<V> valueSerializer,
            List<TimedRecord<K, V>> records) {
        try (KafkaProducer<K, V> producer =
                new KafkaProducer<>(configs.boundedProducer(), keySerializer, valueSerializer)) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
            for (TimedRecord<K, V> record : records) {
                acks.add(producer.send(new ProducerRecord<>(
                        topic, null, record.timestamp().toEpochMilli(), record.key(), record.value())));
            }
            producer.flush();
            List<RecordMetadata> metadata = new ArrayList<>(acks.size());
            for (int i = 0; i < acks.size(); i++) {
                metadata.add(awaitAck(topic, i, records.get(i), acks.get(i)));
            }
            return List.copyOf(metadata);
        }
    }

    private static <K, V> RecordMetadata awaitAck(String topic, int index, TimedRecord<K, V> record,
            Future<RecordMetadata> ack) {
        try {
            return ack.get(ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Producing record #" + index + " " + record + " to '" + topic
                    + "' failed: " + failed.getCause(), failed.getCause());
        } catch (TimeoutException timeout) {
            throw new IllegalStateException("No acknowledgement for record #" + index + " to '" + topic
                    + "' within " + ACK_TIMEOUT_MS / 1000 + " s", timeout);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while producing to '" + topic + "'", interrupted);
        }
    }
}
