package dev.retention.deploy.bench;

import dev.retention.deploy.bench.BenchPayloads.Payload;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces payloads to a topic as fast as one producer thread can, keyed by customer, with the producer settings it is
 * given (the gateway's, for a fair comparison), and waits for every acknowledgement.
 */
final class PayloadProducer implements AutoCloseable {

  /** What one {@link #produce} did. */
  record Produced(long events, long bytes, double seconds, long errors, String firstError) {
    double eventsPerSecond() {
      return events / seconds;
    }
  }

  private final Producer<String, byte[]> producer;

  PayloadProducer(Map<String, Object> config, String clientId) {
    Map<String, Object> own = new HashMap<>(config);
    own.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    this.producer = new KafkaProducer<>(own, new StringSerializer(), new ByteArraySerializer());
  }

  /** Sends {@code payloads[from, to)} to {@code topic}, then flushes; timed from the first send to the last ack. */
  Produced produce(String topic, List<Payload> payloads, int from, int to) {
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    long bytes = 0;
    long start = System.nanoTime();
    for (int i = from; i < to; i++) {
      Payload payload = payloads.get(i);
      bytes += payload.size();
      producer.send(new ProducerRecord<>(topic, payload.key(), payload.json()), (metadata, error) -> {
        if (error != null) {
          errors.incrementAndGet();
          firstError.compareAndSet(null, error.toString());
        }
      });
    }
    producer.flush();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Produced(to - from, bytes, seconds, errors.get(), firstError.get());
  }

  @Override
  public void close() {
    producer.close();
  }
}
