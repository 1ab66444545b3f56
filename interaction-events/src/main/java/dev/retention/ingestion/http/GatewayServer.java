package dev.retention.ingestion.http;

import dev.retention.ingestion.validation.EventValidator;
import dev.retention.runtime.http.CachedReadinessCheck;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.http.KafkaReadinessCheck;
import dev.retention.runtime.http.ReadinessCheck;
import dev.retention.runtime.http.RouteRegistration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;

/**
 * The HTTP ingestion gateway: {@code POST /v1/events}, {@code POST /v1/events:batch}, {@code GET /v1/openapi.yaml},
 * plus the runtime's {@code /health/live}, {@code /health/ready} (ready when Kafka answers) and {@code /metrics}.
 *
 * <p>Accepted events go, as sent, to the raw interactions topic, keyed by subject; the validator stream de-duplicates
 * them by (source, id) and routes them, so a client may retry any request without double counting.
 *
 * <p>The caller owns the producer (create it with {@link GatewayProducerConfig}) and the admin client, and closes
 * them after stopping the server, so that requests in flight still get their acknowledgements.
 */
public final class GatewayServer {

  /** How long a readiness probe waits for the cluster. */
  public static final Duration READINESS_TIMEOUT = Duration.ofSeconds(2);
  /** How long a readiness outcome is reused, so probes do not hammer the brokers. */
  public static final Duration READINESS_CACHE = Duration.ofSeconds(1);

  private GatewayServer() {}

  /** Starts the gateway on {@code config.http()}; returns once it listens. */
  public static HttpServer start(GatewayConfig config, Producer<String, byte[]> producer, Admin admin,
      MeterRegistry registry, Supplier<String> scrape, Clock clock) {
    return HttpServer.start(config.http(), List.of(kafkaReadiness(admin, clock)), scrape,
        routes(config, producer, registry, clock));
  }

  /** The gateway's routes, for a process that serves them together with other routes and checks. */
  public static List<RouteRegistration> routes(GatewayConfig config, Producer<String, byte[]> producer,
      MeterRegistry registry, Clock clock) {
    GatewayMetrics metrics = new GatewayMetrics(registry);
    EventAdmission admission = new EventAdmission(new EventValidator(config.rules()));
    RawEventPublisher publisher = new RawEventPublisher(producer, config.deliveryTimeout(), metrics);
    SingleEventHandler single = new SingleEventHandler(config, admission, publisher, metrics, clock);
    BatchHandler batch = new BatchHandler(config, admission, publisher, metrics, clock);
    OpenApiHandler openApi = new OpenApiHandler();
    return List.of(routes -> routes
        .post(SingleEventHandler.PATH, single)
        .post(BatchHandler.PATH, batch)
        .get(OpenApiHandler.PATH, openApi));
  }

  /** Ready when the Kafka cluster answers within {@link #READINESS_TIMEOUT}; cached for {@link #READINESS_CACHE}. */
  public static ReadinessCheck kafkaReadiness(Admin admin, Clock clock) {
    return new CachedReadinessCheck(new KafkaReadinessCheck(admin, READINESS_TIMEOUT), READINESS_CACHE, clock);
  }
}
