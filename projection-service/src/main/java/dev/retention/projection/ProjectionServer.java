package dev.retention.projection;

import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.projection.config.ProjectionConfig;
import dev.retention.projection.feed.WarningFeed;
import dev.retention.projection.feed.WarningRing;
import dev.retention.projection.http.ProjectionRoutes;
import dev.retention.projection.http.QueriesRef;
import dev.retention.projection.http.WarningStreamHandler;
import dev.retention.projection.query.ClusterView;
import dev.retention.projection.query.LocalStores;
import dev.retention.projection.query.PeerClient;
import dev.retention.projection.query.ProjectionQueries;
import dev.retention.projection.query.QueryMetrics;
import dev.retention.projection.stream.ProjectionTopology;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.http.ApiKeys;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.http.HttpServerConfig;
import dev.retention.runtime.http.ReadinessCheck;
import dev.retention.runtime.metrics.MetricsRegistry;
import dev.retention.runtime.streams.StreamsApp;
import dev.retention.runtime.streams.StreamsDefaults;
import dev.retention.runtime.streams.StreamsSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projection process: HTTP first (Kafka Streams must be told the port, application.server), then the topology as
 * a {@link StreamsApp} (standby replicas per {@code streams.num.standby.replicas}), then the queries are switched on. Also reads the warnings topic for the
 * live feed. {@code /health/ready} is up once Kafka Streams runs.
 */
public final class ProjectionServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ProjectionServer.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final long MAX_REQUEST_BYTES = 16 * 1024;

  private final MetricsRegistry metrics;
  private final HttpServer http;
  private final StreamsApp app;
  private final WarningFeed feed;
  private final HostInfo self;
  private final WarningStreamHandler warnings;

  private ProjectionServer(MetricsRegistry metrics, HttpServer http, StreamsApp app, WarningFeed feed,
      HostInfo self, WarningStreamHandler warnings) {
    this.warnings = warnings;
    this.metrics = metrics;
    this.http = http;
    this.app = app;
    this.feed = feed;
    this.self = self;
  }

  /** Every setting the process reads, each once. */
  public static List<Setting<?>> settings() {
    LinkedHashSet<Setting<?>> settings = new LinkedHashSet<>(StreamsSettings.settings(
        ProjectionConfig.APPLICATION_ID));
    settings.addAll(ProjectionConfig.settings());
    settings.addAll(HttpServerConfig.settings(ProjectionConfig.DEFAULT_PORT));
    return new ArrayList<>(settings);
  }

  public static ProjectionServer start(ConfigValues values) {
    return start(StreamsSettings.from(values), ProjectionConfig.from(values),
        HttpServerConfig.from(values, MAX_REQUEST_BYTES), Clock.systemUTC());
  }

  /** Starts the process; returns once Kafka Streams runs and HTTP is served. */
  public static ProjectionServer start(StreamsSettings streams, ProjectionConfig config, HttpServerConfig httpConfig,
      Clock clock) {
    ApiKeys keys = ApiKeys.load(config.apiKeysFile());
    MetricsRegistry metrics = MetricsRegistry.create("projection-service");
    WarningFeed feed = null;
    HttpServer http = null;
    StreamsApp app = null;
    try {
      try (Admin admin = Admin.create(streams.clientConfig())) {
        new TopicProvisioner(admin, (short) streams.replicationFactor()).createMissing();
      }
      WarningRing ring = new WarningRing(config.warningFeedSize());
      feed = WarningFeed.start(streams.clientConfig(), ring, config.warningFeedLookback(), clock);
      QueriesRef queries = new QueriesRef();
      WarningStreamHandler warnings = new WarningStreamHandler(ring);
      AtomicReference<StreamsApp> running = new AtomicReference<>();
      http = HttpServer.start(httpConfig, List.of(readiness(running)), metrics::scrape,
          List.of(ProjectionRoutes.of(queries, config, keys, warnings)));
      HostInfo self = config.advertisedServer().map(HostInfo::buildFromEndpoint)
          .orElse(new HostInfo(http.baseUri().getHost(), http.port()));
      Properties props = StreamsDefaults.properties(streams);
      props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
      app = new StreamsApp(ProjectionTopology.build(config.timelineLength()), props, metrics.registry());
      app.start();
      queries.set(new ProjectionQueries(new ClusterView(app.streams(), self), new LocalStores(app.streams()),
          new PeerClient(config.peerTimeout()), config.allowStale(), new QueryMetrics(metrics.registry())));
      running.set(app);
      app.awaitRunning(START_TIMEOUT);
      return new ProjectionServer(metrics, http, app, feed, self, warnings);
    } catch (RuntimeException e) {
      if (http != null) {
        http.close();
      }
      if (app != null) {
        app.close();
      }
      if (feed != null) {
        feed.close();
      }
      metrics.close();
      throw e;
    }
  }

  private static ReadinessCheck readiness(AtomicReference<StreamsApp> running) {
    return ReadinessCheck.of("projection", () -> {
      StreamsApp app = running.get();
      return app == null ? ReadinessCheck.Status.down("starting") : app.status();
    });
  }

  /**
   * Stops serving HTTP while Kafka Streams keeps running and keeps its partitions: what the other instances see of
   * an instance they cannot reach (a network partition, a hung server). For fault tests.
   */
  public void stopHttp() {
    warnings.closeAll();
    http.stop();
  }

  public URI httpUri() {
    return http.baseUri();
  }

  public HostInfo self() {
    return self;
  }

  public StreamsApp app() {
    return app;
  }

  @Override
  public void close() {
    warnings.closeAll();
    try {
      http.close();
    } catch (RuntimeException e) {
      // requests still in flight after the stop timeout: their connections are closed; the rest must still stop
      LOG.warn("HTTP server did not stop gracefully: {}", e.toString());
    }
    app.close();
    feed.close();
    metrics.close();
  }
}
