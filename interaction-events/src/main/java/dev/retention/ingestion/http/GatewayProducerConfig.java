package dev.retention.ingestion.http;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The producer settings of the gateway: idempotent with {@code acks=all} (an acknowledged event is on every in-sync
 * replica, and producer retries never duplicate it), short lingering (a person or a system is waiting for the
 * answer), and bounded waits from {@link GatewayConfig}.
 */
public final class GatewayProducerConfig {

  private GatewayProducerConfig() {}

  /** For a plaintext broker, as in tests and benchmarks. */
  public static Map<String, Object> of(String bootstrapServers, GatewayConfig config) {
    return of(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), config);
  }

  /**
   * @param client the brokers and security settings every client of the service starts from
   *     ({@code StreamsSettings.clientConfig()})
   */
  public static Map<String, Object> of(Map<String, Object> client, GatewayConfig config) {
    long deliveryMs = config.deliveryTimeout().toMillis();
    long lingerMs = 5;
    Map<String, Object> producer = new HashMap<>(client);
    producer.put(ProducerConfig.CLIENT_ID_CONFIG, "retention-gateway");
    producer.put(ProducerConfig.ACKS_CONFIG, "all");
    producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producer.put(ProducerConfig.LINGER_MS_CONFIG, (int) lingerMs);
    producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.maxBlock().toMillis());
    producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryMs);
    // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms
    producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1, (deliveryMs - lingerMs) / 2));
    return producer;
  }
}
