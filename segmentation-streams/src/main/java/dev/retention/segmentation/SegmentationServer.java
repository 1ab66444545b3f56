package dev.retention.segmentation;

import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.http.HttpServerConfig;
import dev.retention.runtime.metrics.MetricsRegistry;
import dev.retention.runtime.streams.StreamsSettings;
import dev.retention.segmentation.stream.SegmentationService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * The segmentation process: creates the catalog topics that are missing, runs the topology
 * ({@link SegmentationService}) and serves {@code /health}, {@code /health/ready} and {@code /metrics} over HTTP.
 */
public final class SegmentationServer implements AutoCloseable {

  /** The HTTP port unless configured otherwise. */
  public static final int DEFAULT_PORT = 8082;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final long MAX_REQUEST_BYTES = 64 * 1024;

  private final MetricsRegistry metrics;
  private final SegmentationService service;
  private final HttpServer http;

  private SegmentationServer(MetricsRegistry metrics, SegmentationService service, HttpServer http) {
    this.metrics = metrics;
    this.service = service;
    this.http = http;
  }

  /** Every setting the process reads, each once. */
  public static List<Setting<?>> settings() {
    LinkedHashSet<Setting<?>> settings = new LinkedHashSet<>(SegmentationService.settings());
    settings.addAll(HttpServerConfig.settings(DEFAULT_PORT));
    return new ArrayList<>(settings);
  }

  /** Starts the process with resolved {@link #settings()}; returns once the topology runs and HTTP is served. */
  public static SegmentationServer start(ConfigValues values) {
    StreamsSettings streams = StreamsSettings.from(values);
    MetricsRegistry metrics = MetricsRegistry.create("segmentation-streams");
    SegmentationService service = null;
    try (Admin admin = Admin.create(streams.clientConfig())) {
      TopicProvisioner topics = new TopicProvisioner(admin, (short) streams.replicationFactor());
      topics.createMissing();
      topics.createMissing(SegmentationService.ownTopics());
      service = SegmentationService.start(values, metrics.registry());
      service.app().awaitRunning(START_TIMEOUT);
      HttpServer http = HttpServer.start(HttpServerConfig.from(values, MAX_REQUEST_BYTES),
          List.of(service.app().readiness("segmentation")), metrics::scrape, List.of());
      return new SegmentationServer(metrics, service, http);
    } catch (RuntimeException e) {
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

  public SegmentationService service() {
    return service;
  }

  @Override
  public void close() {
    http.close();
    service.close();
    metrics.close();
  }
}
