package dev.retention.deploy.bench;

import dev.retention.ingestion.http.GatewayConfig;
import dev.retention.ingestion.http.GatewayProducerConfig;
import dev.retention.ingestion.http.GatewayServer;
import dev.retention.ingestion.validation.ValidationSettings;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.metrics.MetricsRegistry;
import dev.retention.runtime.streams.StreamsSettings;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * HTTP ingest alone: the gateway as the interaction-events service builds it (its configuration, producer, routes,
 * readiness check and metrics), in this JVM on 127.0.0.1, without the validator beside it. Load comes from another
 * process.
 */
final class GatewayPhase {

  static final String NAME = "http gateway";

  private GatewayPhase() {}

  /** The gateway's configuration as the service resolves it. */
  static GatewayConfig config(ConfigValues values) {
    return GatewayConfig.from(values, ValidationSettings.from(values));
  }

  /** The gateway's producer settings, for the raw producer too. */
  static Map<String, Object> producerConfig(ConfigValues values) {
    return GatewayProducerConfig.of(StreamsSettings.from(values).bootstrapServersConfig(), config(values));
  }

  static PhaseResult run(ConfigValues values, HttpLoad load, BenchApiKey key, TopicOffsets topics, CpuMeter cpu,
      Cleanup cleanup, double meanEventSize) throws InterruptedException {
    GatewayConfig config = config(values);
    String bootstrap = StreamsSettings.from(values).bootstrapServersConfig();
    MetricsRegistry metrics = cleanup.add("close the gateway's metrics", MetricsRegistry.create("bench-gateway"));
    Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    cleanup.add("close the gateway's admin client", () -> admin.close(Duration.ofSeconds(5)));
    Producer<String, byte[]> producer = new KafkaProducer<>(GatewayProducerConfig.of(bootstrap, config),
        new StringSerializer(), new ByteArraySerializer());
    cleanup.add("close the gateway's producer", () -> producer.close(Duration.ofSeconds(10)));
    cleanup.add("close the gateway's producer metrics", bind(producer, metrics));
    HttpServer http = cleanup.add("stop the gateway",
        GatewayServer.start(config, producer, admin, metrics.registry(), metrics::scrape, Clock.systemUTC()));
    HttpLoad.Measured measured = load.run(http.baseUri(), 0, key.key(), topics, cpu, cleanup);
    for (int i = 0; i < 5; i++) {
      cleanup.closeLatest();
    }
    return measured.toPhase(NAME, meanEventSize, List.of("gateway alone (GatewayServer, no validator running), "
        + "producer settings of GatewayProducerConfig"));
  }

  private static KafkaClientMetrics bind(Producer<String, byte[]> producer, MetricsRegistry metrics) {
    KafkaClientMetrics bound = new KafkaClientMetrics(producer);
    bound.bindTo(metrics.registry());
    return bound;
  }
}
