package dev.retention.ingestion.http;

import static dev.retention.ingestion.http.GatewayClient.json;
import static dev.retention.ingestion.http.GatewayIT.KEYS;
import static dev.retention.ingestion.http.GatewayIT.SHOP;
import static dev.retention.ingestion.http.GatewayIT.edit;
import static dev.retention.ingestion.http.GatewayIT.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.http.HttpServerConfig;
import dev.retention.runtime.metrics.MetricsRegistry;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway's refusals over real HTTP, with no Kafka behind it: a refused request is answered without ever
 * reaching Kafka (the producer points at a port where nothing listens, and no answer waits for it). What is written
 * and acknowledged is tested with a real broker in {@link GatewayIT}.
 */
@Timeout(30)
class GatewayHttpTest {

  private static MetricsRegistry metrics;
  private static KafkaProducer<String, byte[]> producer;
  private static Admin admin;
  private static HttpServer server;
  private static GatewayClient gateway;

  @BeforeAll
  static void start() throws Exception {
    String nowhere;
    try (ServerSocket socket = new ServerSocket(0)) {
      nowhere = "127.0.0.1:" + socket.getLocalPort();
    }
    GatewayConfig config = GatewayConfig.defaults(KEYS)
        .withHttp(new HttpServerConfig("127.0.0.1", 0, 1, Duration.ZERO))
        .withBatchLimits(5, 64 * 1024);
    metrics = MetricsRegistry.create("gateway-http-test");
    producer = new KafkaProducer<>(GatewayProducerConfig.of(nowhere, config), new StringSerializer(),
        new ByteArraySerializer());
    admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, nowhere));
    server = GatewayServer.start(config, producer, admin, metrics.registry(), metrics::scrape, Clock.systemUTC());
    gateway = new GatewayClient(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.stop();
    producer.close(Duration.ZERO);
    admin.close(Duration.ZERO);
    metrics.close();
  }

  @Test
  void shouldAnswerAnInvalidEventWithEveryFieldAtFault() throws Exception {
    String broken = edit(edit(purchase("c-1"), "\"59.97\"", "\"-5\""), "\"ORDER\"", "\"GIFT\"");
    HttpResponse<String> response = gateway.post("/v1/events", CloudEvent.MEDIA_TYPE, broken, SHOP);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = json(response);
    assertThat(problem.path("type").asText()).isEqualTo("https://retention.dev/problems/invalid-event");
    assertThat(problem.path("title").asText()).isEqualTo("Invalid event");
    assertThat(problem.path("reason").asText()).isEqualTo("INVALID_EVENT");
    assertThat(problem.path("errors").findValuesAsText("pointer")).contains("/data/kind", "/data/total/amount");
  }

  @Test
  void shouldRefuseBeforeReadingWithoutAKeyOrWithTheWrongMediaType() throws Exception {
    assertThat(gateway.post("/v1/events", CloudEvent.MEDIA_TYPE, purchase("c-1")).statusCode()).isEqualTo(401);
    HttpResponse<String> wrongType = gateway.post("/v1/events", "application/json", purchase("c-1"), SHOP);
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(json(wrongType).path("detail").asText()).contains("application/cloudevents+json");
  }

  @Test
  void shouldRefuseABatchWhoseEventsAreAllInvalidWithoutKafka() throws Exception {
    String body = "[" + edit(purchase("c-1"), "\"EUR\"", "\"XYZ\"") + "," + purchase("x", "pos", "c-1") + "]";
    HttpResponse<String> response = gateway.post("/v1/events:batch", "application/json", body, SHOP);

    assertThat(response.statusCode()).isEqualTo(207);
    JsonNode results = json(response).path("results");
    assertThat(List.of(results.at("/0/problem/status").asInt(), results.at("/1/problem/status").asInt()))
        .containsExactly(422, 403);
    assertThat(response.headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void shouldRefuseABatchOverTheEventLimitWhole() throws Exception {
    String body = String.join("\n", java.util.Collections.nCopies(6, purchase("c-1")));
    HttpResponse<String> response = gateway.post("/v1/events:batch", "application/x-ndjson", body, SHOP);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).path("detail").asText()).contains("more than 5 events");
  }
}
