package dev.retention.churn;

import dev.retention.churn.stream.ChurnService;
import dev.retention.churn.trainer.ModelTrainer;
import dev.retention.churn.trainer.TrainerConfig;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.http.HttpServerConfig;
import dev.retention.runtime.metrics.MetricsRegistry;
import dev.retention.runtime.streams.StreamsSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * The churn-detector process: creates the catalog topics that are missing and its own, runs the topology
 * ({@link ChurnService}) and the model trainer, and serves {@code /health/live}, {@code /health/ready} and
 * {@code /metrics} (with the warnings raised / escalated / cleared counters) over HTTP.
 */
public final class ChurnServer implements AutoCloseable {

  /** The HTTP port unless configured otherwise. */
  public static final int DEFAULT_PORT = 8083;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final long MAX_REQUEST_BYTES = 64 * 1024;

  private final MetricsRegistry metrics;
  private final ChurnService service;
  private final ModelTrainer trainer;
  private final HttpServer http;

  private ChurnServer(MetricsRegistry metrics, ChurnService service, ModelTrainer trainer, HttpServer http) {
    this.metrics = metrics;
    this.service = service;
    this.trainer = trainer;
    this.http = http;
  }

  /** Every setting the process reads, each once. */
  public static List<Setting<?>> settings() {
    LinkedHashSet<Setting<?>> settings = new LinkedHashSet<>(ChurnService.settings());
    settings.addAll(TrainerConfig.settings());
    settings.addAll(HttpServerConfig.settings(DEFAULT_PORT));
    return new ArrayList<>(settings);
  }

  /** Starts the process with resolved {@link #settings()}; returns once the topology runs and HTTP is served. */
  public static ChurnServer start(ConfigValues values) {
    StreamsSettings streams = StreamsSettings.from(values);
    TrainerConfig trainerConfig = TrainerConfig.from(values);
    MetricsRegistry metrics = MetricsRegistry.create("churn-detector");
    ChurnService service = null;
    ModelTrainer trainer = null;
    try (Admin admin = Admin.create(streams.clientConfig())) {
      TopicProvisioner topics = new TopicProvisioner(admin, (short) streams.replicationFactor());
      topics.createMissing();
      topics.createMissing(ChurnService.ownTopics());
      service = ChurnService.start(values, metrics.registry());
      service.app().awaitRunning(START_TIMEOUT);
      trainer = trainerConfig.enabled() ? ModelTrainer.start(trainerConfig, streams.clientConfig()) : null;
      HttpServer http = HttpServer.start(HttpServerConfig.from(values, MAX_REQUEST_BYTES),
          List.of(service.app().readiness("churn")), metrics::scrape, List.of());
      return new ChurnServer(metrics, service, trainer, http);
    } catch (RuntimeException e) {
      if (trainer != null) {
        trainer.close();
      }
      if (service != null) {
        service.close();
      }
      metrics.close();
      throw e;
    }
  }

  public URI httpUri() {
    return http.baseUri();
  }

  public ChurnService service() {
    return service;
  }

  @Override
  public void close() {
    http.close();
    if (trainer != null) {
      trainer.close();
    }
    service.close();
    metrics.close();
  }
}
