package dev.retention.ingestion;

import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.ingestion.http.GatewayConfig;
import dev.retention.ingestion.http.GatewayProducerConfig;
import dev.retention.ingestion.http.GatewayServer;
import dev.retention.ingestion.stream.ValidatorService;
import dev.retention.ingestion.tick.ClockTicker;
import dev.retention.ingestion.tick.TickerConfig;
import dev.retention.ingestion.validation.ValidationRules;
import dev.retention.ingestion.validation.ValidationSettings;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.metrics.MetricsRegistry;
import dev.retention.runtime.streams.StreamsSettings;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interaction-events service: the HTTP gateway and the raw-topic validator in one process, sharing one metrics
 * registry. Start order: catalog topics, the validator (until RUNNING), then the gateway; stop order the reverse,
 * so that every HTTP request in flight still gets its acknowledgement.
 */
public final class IngestionService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IngestionService.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final MetricsRegistry metrics;
  private final Admin admin;
  private final ValidatorService validator;
  private final Producer<String, byte[]> producer;
  private final KafkaClientMetrics producerMetrics;
  private final HttpServer http;
  private final ScheduledExecutorService ticker;

  private IngestionService(MetricsRegistry metrics, Admin admin, ValidatorService validator,
      Producer<String, byte[]> producer, KafkaClientMetrics producerMetrics, HttpServer http,
      ScheduledExecutorService ticker) {
    this.metrics = metrics;
    this.admin = admin;
    this.validator = validator;
    this.producer = producer;
    this.producerMetrics = producerMetrics;
    this.http = http;
    this.ticker = ticker;
  }

  /** Every setting the service reads, each once. */
  public static List<Setting<?>> settings() {
    LinkedHashSet<Setting<?>> settings = new LinkedHashSet<>(ValidationSettings.settings());
    settings.addAll(ValidatorService.settings());
    settings.addAll(GatewayConfig.settings());
    settings.addAll(TickerConfig.settings());
    return new ArrayList<>(settings);
  }

  /** Starts the service with resolved {@link #settings()}; returns once it serves HTTP. */
  public static IngestionService start(ConfigValues values, Clock clock) {
    ValidationRules rules = ValidationSettings.from(values);
    StreamsSettings streams = StreamsSettings.from(values);
    GatewayConfig gateway = GatewayConfig.from(values, rules);
    MetricsRegistry metrics = MetricsRegistry.create("interaction-events");
    Admin admin = Admin.create(streams.clientConfig());
    ValidatorService validator = null;
    Producer<String, byte[]> producer = null;
    try {
      TopicProvisioner.Result topics = new TopicProvisioner(admin, (short) streams.replicationFactor()).createMissing();
      LOG.info("catalog topics: {} created, {} existing", topics.created().size(), topics.existing().size());
      validator = ValidatorService.start(values, rules, metrics.registry());
      validator.app().awaitRunning(START_TIMEOUT);
      producer = new KafkaProducer<>(GatewayProducerConfig.of(streams.clientConfig(), gateway),
          new StringSerializer(), new ByteArraySerializer());
      KafkaClientMetrics producerMetrics = new KafkaClientMetrics(producer);
      producerMetrics.bindTo(metrics.registry());
      // ready while the validator runs too: events accepted over HTTP are only useful once validated onwards
      HttpServer http = HttpServer.start(gateway.http(),
          List.of(GatewayServer.kafkaReadiness(admin, clock), validator.app().readiness("validator")),
          metrics::scrape, GatewayServer.routes(gateway, producer, metrics.registry(), clock));
      return new IngestionService(metrics, admin, validator, producer, producerMetrics, http,
          startTicker(TickerConfig.from(values), admin, producer, clock));
    } catch (RuntimeException e) {
      closeQuietly(producer);
      closeQuietly(validator);
      closeQuietly(admin);
      closeQuietly(metrics);
      throw e;
    }
  }

  /** The clock ticker on a thread of its own, or none when it is turned off. */
  private static ScheduledExecutorService startTicker(TickerConfig config, Admin admin,
      Producer<String, byte[]> producer, Clock clock) {
    if (!config.enabled()) {
      return null;
    }
    ClockTicker ticker = new ClockTicker(admin, producer, clock, config);
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "clock-ticker");
      thread.setDaemon(true);
      return thread;
    });
    long every = config.interval().toMillis();
    executor.scheduleWithFixedDelay(ticker::runOnce, every, every, TimeUnit.MILLISECONDS);
    return executor;
  }

  public URI httpUri() {
    return http.baseUri();
  }

  public ValidatorService validator() {
    return validator;
  }

  public MetricsRegistry metrics() {
    return metrics;
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    http.close();
    producerMetrics.close();
    producer.close(Duration.ofSeconds(10));
    validator.close();
    admin.close(Duration.ofSeconds(5));
    metrics.close();
  }

  private static void closeQuietly(AutoCloseable resource) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (Exception e) {
      LOG.warn("could not close {} after a failed start: {}", resource, e.toString());
    }
  }
}
