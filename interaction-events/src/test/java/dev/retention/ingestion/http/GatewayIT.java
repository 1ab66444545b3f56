package dev.retention.ingestion.http;

import static dev.retention.ingestion.http.GatewayClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.ingestion.http.GatewayClient.Counts;
import dev.retention.runtime.http.ApiKeys;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.http.HttpServerConfig;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.metrics.MetricsRegistry;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The gateway over real HTTP against a real broker: what is answered, what is written, what is counted. */
@KafkaCluster
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GatewayIT {

  static final String SHOP_KEY = "shop-key-0123456789abcdef";
  static final String POS_KEY = "pos-key-0123456789abcdef";
  static final ApiKeys KEYS = ApiKeys.of(Map.of("shop", SHOP_KEY, "pos", POS_KEY));
  static final String[] SHOP = {"Authorization", "Bearer " + SHOP_KEY};
  static final String EVENT_TYPE = CloudEvent.MEDIA_TYPE;
  static final int MAX_BATCH_EVENTS = 20;
  static final long MAX_BATCH_BYTES = 200 * 1024;

  private static MetricsRegistry metrics;
  private static KafkaProducer<String, byte[]> producer;
  private static HttpServer server;
  private static GatewayClient gateway;
  private static RawTopic raw;

  @BeforeAll
  static void start(TestKafka kafka) {
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing();
    GatewayConfig config = GatewayConfig.defaults(KEYS)
        .withHttp(new HttpServerConfig("127.0.0.1", 0, 1, Duration.ZERO))
        .withBatchLimits(MAX_BATCH_EVENTS, MAX_BATCH_BYTES);
    metrics = MetricsRegistry.create("gateway-it");
    producer = new KafkaProducer<>(GatewayProducerConfig.of(kafka.bootstrapServers(), config),
        new StringSerializer(), new ByteArraySerializer());
    server = GatewayServer.start(config, producer, kafka.admin(), metrics.registry(), metrics::scrape,
        Clock.systemUTC());
    gateway = new GatewayClient(server.baseUri());
    raw = new RawTopic(kafka);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
    if (metrics != null) {
      metrics.close();
    }
  }

  // ---- events ------------------------------------------------------------------------------------------------

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid purchase, one line; event time an hour before now (the raw topic keeps 7 days by receipt time). */
  static String purchase(String id, String source, String subject) {
    return ("{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\","
        + "\"type\":\"retention.purchase.completed.v1\",\"subject\":\"" + subject + "\",\"time\":\""
        + Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "\","
        + "\"data\":{\"orderId\":\"" + id + "\",\"kind\":\"ORDER\",\"total\":{\"amount\":\"59.97\","
        + "\"currency\":\"EUR\"}}}");
  }

  static String purchase(String subject) {
    return purchase(unique("o"), "shop", subject);
  }

  static String edit(String event, String from, String to) {
    String result = event.replace(from, to);
    assertThat(result).as("test input edit of %s", from).isNotEqualTo(event);
    return result;
  }

  static String withTime(String event, String time) {
    return event.replaceFirst("\"time\":\"[^\"]*\"", "\"time\":\"" + time + "\"");
  }

  // ---- single events -----------------------------------------------------------------------------------------

  @Test
  void shouldWriteAnAcceptedEventAsSentKeyedBySubject() throws Exception {
    String subject = unique("c");
    String id = unique("o");
    String sent = "{ \"specversion\" : \"1.0\",\n  " + purchase(id, "shop/eu-1", subject).substring(1);
    Counts before = gateway.counts();
    Instant sentAt = Instant.now();

    HttpResponse<String> response = gateway.post("/v1/events", EVENT_TYPE + "; charset=utf-8", sent, SHOP);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(json(response).path("id").asText()).isEqualTo(id);
    assertThat(json(response).path("status").asText()).isEqualTo("accepted");
    List<ConsumerRecord<String, byte[]>> records = raw.recordsOf(subject);
    assertThat(records).hasSize(1);
    assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).isEqualTo(sent);
    assertThat(records.get(0).timestamp()).isBetween(sentAt.toEpochMilli() - 1000, Instant.now().toEpochMilli());
    Counts delta = gateway.counts().minus(before);
    assertThat(delta.accepted()).isEqualTo(1);
    assertThat(delta.rejected()).isZero();
  }

  @Test
  void shouldAcceptTheApiKeyHeaderAndAKeyForAParentSource() throws Exception {
    String subject = unique("c");
    HttpResponse<String> response = gateway.post("/v1/events", EVENT_TYPE,
        purchase(unique("o"), "shop:web", subject), "X-API-Key", SHOP_KEY);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(raw.recordsOf(subject)).hasSize(1);
  }

  static Stream<Arguments> badSingleRequests() {
    String valid = purchase("c-bad");
    String survey = "{\"specversion\":\"1.0\",\"id\":\"s-1\",\"source\":\"shop\",\"type\":"
        + "\"retention.survey.answered.v1\",\"subject\":\"c-bad\",\"time\":\"" + Instant.now().minusSeconds(60)
        .truncatedTo(ChronoUnit.SECONDS) + "\",\"data\":{\"surveyId\":\"s-1\",\"metric\":\"NPS\",\"score\":11,"
        + "\"touchpoint\":\"support\"}}";
    String oversize = edit(valid, "\"kind\"", "\"x\":\"" + "a".repeat(70_000) + "\",\"kind\"");
    byte[] invalidUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    String future = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    String[] pos = {"Authorization", "Bearer " + POS_KEY};
    String[] wrong = {"Authorization", "Bearer " + SHOP_KEY + "-not"};
    return Stream.of(
        bad("malformed JSON", "{\"specversion\":", EVENT_TYPE, SHOP, 400, "MALFORMED_JSON", "", null),
        bad("JSON but not an object", "[1,2]", EVENT_TYPE, SHOP, 400, "MALFORMED_JSON", "", null),
        bad("unknown type", edit(valid, "retention.purchase.completed.v1", "retention.purchase.lost.v1"),
            EVENT_TYPE, SHOP, 422, "UNKNOWN_TYPE", "/type", null),
        bad("missing id", valid.replaceFirst("\"id\":\"[^\"]*\",", ""), EVENT_TYPE, SHOP, 422, "INVALID_EVENT", "/id",
            "id"),
        bad("missing subject", edit(valid, "\"subject\":\"c-bad\",", ""), EVENT_TYPE, SHOP, 422, "INVALID_EVENT",
            "/subject", "subject"),
        bad("missing time", valid.replaceFirst("\"time\":\"[^\"]*\",", ""), EVENT_TYPE, SHOP, 422,
            "INVALID_EVENT", "/time", "time"),
        bad("wrong field type", edit(valid, "\"kind\":\"ORDER\"", "\"kind\":7"), EVENT_TYPE, SHOP, 422,
            "INVALID_EVENT", "/data/kind", null),
        bad("negative amount", edit(valid, "\"59.97\"", "\"-5\""), EVENT_TYPE, SHOP, 422, "INVALID_EVENT",
            "/data/total/amount", null),
        bad("non-numeric amount", edit(valid, "\"59.97\"", "\"lots\""), EVENT_TYPE, SHOP, 422, "INVALID_EVENT",
            "/data/total/amount", null),
        bad("unknown currency", edit(valid, "\"EUR\"", "\"XYZ\""), EVENT_TYPE, SHOP, 422, "INVALID_EVENT",
            "/data/total", null),
        bad("NPS outside 0-10", survey, EVENT_TYPE, SHOP, 422, "INVALID_EVENT", "/data/score", null),
        bad("time far in the future", withTime(valid, future), EVENT_TYPE, SHOP, 422, "INVALID_EVENT", "/time",
            null),
        bad("time before 1970", withTime(valid, "1969-12-31T23:59:59Z"), EVENT_TYPE, SHOP, 422, "INVALID_EVENT",
            "/time", null),
        bad("oversize event", oversize, EVENT_TYPE, SHOP, 413, "TOO_LARGE", "", null),
        Arguments.of("invalid UTF-8", invalidUtf8, EVENT_TYPE, SHOP, 400, "MALFORMED_JSON", "", null),
        bad("empty body", "", EVENT_TYPE, SHOP, 400, "MALFORMED_JSON", "", null),
        bad("wrong media type", valid, "application/json", SHOP, 415, "UNSUPPORTED_MEDIA_TYPE", null, null),
        bad("no media type", valid, null, SHOP, 415, "UNSUPPORTED_MEDIA_TYPE", null, null),
        bad("missing key", valid, EVENT_TYPE, new String[0], 401, "UNAUTHORIZED", null, null),
        bad("wrong key", valid, EVENT_TYPE, wrong, 403, "FORBIDDEN", null, null),
        bad("key of another source", valid, EVENT_TYPE, pos, 403, "FORBIDDEN", "/source", null));
  }

  static Arguments bad(String name, String body, String contentType, String[] headers, int status, String reason,
      String pointer, String namedField) {
    return Arguments.of(name, body.getBytes(StandardCharsets.UTF_8), contentType, headers, status, reason, pointer,
        namedField);
  }

  @ParameterizedTest(name = "{0} -> {4}")
  @MethodSource("badSingleRequests")
  void shouldRefuseABadRequestWithAProblemAndWriteNothing(String name, byte[] body, String contentType,
      String[] headers, int status, String reason, String pointer, String namedField) throws Exception {
    Counts before = gateway.counts();
    long offsetsBefore = raw.endOffsetSum();

    HttpResponse<String> response = gateway.post("/v1/events", contentType, body, headers);

    assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith(Problem.MEDIA_TYPE));
    JsonNode problem = json(response);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("reason").asText()).isEqualTo(reason);
    assertThat(problem.path("type").asText()).startsWith("https://retention.dev/problems/");
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    assertThat(problem.path("instance").asText()).isEqualTo("/v1/events");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.retention");
    if (pointer != null) {
      List<String> pointers = new ArrayList<>();
      problem.path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
      assertThat(pointers).as(name + ": " + response.body()).anyMatch(p -> p.startsWith(pointer));
    }
    if (namedField != null) {
      assertThat(problem.path("errors").toString()).as(name).contains("'" + namedField + "'");
    }
    if (status == 401) {
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }
    Counts delta = gateway.counts().minus(before);
    assertThat(delta.accepted()).isZero();
    assertThat(delta.rejected()).isEqualTo(1);
    assertThat(delta.rejected(reason)).isEqualTo(1);
    assertThat(raw.endOffsetSum()).isEqualTo(offsetsBefore);
  }

  // ---- batches -----------------------------------------------------------------------------------------------

  @Test
  void shouldWriteExactlyTheValidEventsOfAJsonArrayBatch() throws Exception {
    String subject = unique("c");
    List<String> events = List.of(
        purchase(subject),
        edit(purchase(subject), "\"59.97\"", "\"-5\""),
        purchase(unique("o"), "shop/eu-1", subject),
        edit(purchase(subject), "retention.purchase.completed.v1", "retention.purchase.lost.v1"),
        purchase(unique("o"), "pos", subject),
        "42",
        purchase(subject));
    String body = "[\n  " + String.join(",\n  ", events) + "\n]";
    Counts before = gateway.counts();

    HttpResponse<String> response = gateway.post("/v1/events:batch", "application/json", body, SHOP);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(207);
    JsonNode answer = json(response);
    assertThat(answer.path("accepted").asInt()).isEqualTo(3);
    assertThat(answer.path("rejected").asInt()).isEqualTo(4);
    assertThat(statuses(answer)).containsExactly("accepted", "rejected", "accepted", "rejected", "rejected",
        "rejected", "accepted");
    assertThat(problemStatuses(answer)).containsExactly(0, 422, 0, 422, 403, 400, 0);
    JsonNode results = answer.path("results");
    assertThat(results.get(1).at("/problem/errors/0/pointer").asText()).isEqualTo("/data/total/amount");
    assertThat(results.get(4).at("/problem/errors/0/pointer").asText()).isEqualTo("/source");
    assertThat(results.get(1).path("id").asText()).isEqualTo(idOf(events.get(1)));
    assertThat(results.get(5).has("id")).isFalse();
    assertThat(IntStream.range(0, 7).map(i -> results.get(i).path("index").asInt())).containsExactly(0, 1, 2, 3,
        4, 5, 6);
    assertThat(response.headers().firstValue("Retry-After")).isEmpty();

    assertThat(texts(raw.recordsOf(subject))).containsExactlyInAnyOrder(events.get(0), events.get(2),
        events.get(6));
    Counts delta = gateway.counts().minus(before);
    assertThat(delta.accepted()).isEqualTo(3);
    assertThat(delta.rejected()).isEqualTo(4);
    assertThat(delta.rejected("INVALID_EVENT")).isEqualTo(1);
    assertThat(delta.rejected("UNKNOWN_TYPE")).isEqualTo(1);
    assertThat(delta.rejected("FORBIDDEN")).isEqualTo(1);
    assertThat(delta.rejected("MALFORMED_JSON")).isEqualTo(1);
  }

  @Test
  void shouldWriteExactlyTheValidEventsOfAnNdjsonBatch() throws Exception {
    String subject = unique("c");
    List<String> lines = List.of(
        purchase(subject),
        "{\"specversion\":",
        withTime(purchase(subject), "1969-12-31T23:59:59Z"),
        purchase(subject));
    String body = String.join("\n", lines) + "\n\n";
    Counts before = gateway.counts();

    HttpResponse<String> response = gateway.post("/v1/events:batch", "application/x-ndjson", body, SHOP);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(207);
    JsonNode answer = json(response);
    assertThat(statuses(answer)).containsExactly("accepted", "rejected", "rejected", "accepted");
    assertThat(problemStatuses(answer)).containsExactly(0, 400, 422, 0);
    assertThat(answer.at("/results/2/problem/errors/0/pointer").asText()).isEqualTo("/time");
    assertThat(texts(raw.recordsOf(subject))).containsExactlyInAnyOrder(lines.get(0), lines.get(3));
    Counts delta = gateway.counts().minus(before);
    assertThat(delta.accepted()).isEqualTo(2);
    assertThat(delta.rejected()).isEqualTo(2);
  }

  @Test
  void shouldAnswer202WhenEveryEventOfABatchIsAccepted() throws Exception {
    String subject = unique("c");
    List<String> events = List.of(purchase(subject), purchase(subject), purchase(subject));
    Counts before = gateway.counts();

    HttpResponse<String> response = gateway.post("/v1/events:batch", "application/cloudevents-batch+json",
        "[" + String.join(",", events) + "]", SHOP);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(statuses(json(response))).containsOnly("accepted");
    assertThat(json(response).path("results").get(2).path("id").asText()).isEqualTo(idOf(events.get(2)));
    assertThat(texts(raw.recordsOf(subject))).containsExactlyInAnyOrderElementsOf(events);
    assertThat(gateway.counts().minus(before).accepted()).isEqualTo(3);
  }

  static Stream<Arguments> badBatches() {
    String event = purchase("c-bad-batch");
    String tooMany = IntStream.range(0, MAX_BATCH_EVENTS + 1).mapToObj(i -> event).collect(Collectors.joining("\n"));
    String tooBig = "[" + event + ",{\"pad\":\"" + "x".repeat((int) MAX_BATCH_BYTES) + "\"}]";
    String[] wrong = {"X-API-Key", "nope-nope-nope-nope"};
    return Stream.of(
        Arguments.of("not well-formed", "[" + event + ",{\"id\":", "application/json", SHOP, 400,
            "MALFORMED_JSON"),
        Arguments.of("an object, not an array", event, "application/json", SHOP, 400, "MALFORMED_JSON"),
        Arguments.of("empty array", "[]", "application/json", SHOP, 400, "MALFORMED_JSON"),
        Arguments.of("empty body", "", "application/x-ndjson", SHOP, 400, "MALFORMED_JSON"),
        Arguments.of("too many events", tooMany, "application/x-ndjson", SHOP, 413, "TOO_LARGE"),
        Arguments.of("too many bytes", tooBig, "application/json", SHOP, 413, "TOO_LARGE"),
        Arguments.of("wrong media type", "[" + event + "]", "text/plain", SHOP, 415, "UNSUPPORTED_MEDIA_TYPE"),
        Arguments.of("missing key", "[" + event + "]", "application/json", new String[0], 401, "UNAUTHORIZED"),
        Arguments.of("wrong key", "[" + event + "]", "application/json", wrong, 403, "FORBIDDEN"));
  }

  @ParameterizedTest(name = "{0} -> {4}")
  @MethodSource("badBatches")
  void shouldRefuseABatchThatCannotBeSplitWholeAndWriteNothing(String name, String body, String contentType,
      String[] headers, int status, String reason) throws Exception {
    Counts before = gateway.counts();
    long offsetsBefore = raw.endOffsetSum();

    HttpResponse<String> response = gateway.post("/v1/events:batch", contentType, body, headers);

    assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith(Problem.MEDIA_TYPE));
    assertThat(json(response).path("reason").asText()).isEqualTo(reason);
    Counts delta = gateway.counts().minus(before);
    assertThat(delta.accepted()).isZero();
    assertThat(delta.rejected(reason)).isEqualTo(1);
    assertThat(delta.rejected()).isEqualTo(1);
    assertThat(raw.endOffsetSum()).isEqualTo(offsetsBefore);
  }

  // ---- health, metrics, docs ---------------------------------------------------------------------------------

  @Test
  void shouldBeLiveAndReadyWithKafka() throws Exception {
    assertThat(gateway.get("/health/live").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = gateway.get("/health/ready");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(json(ready).at("/checks/0/name").asText()).isEqualTo("kafka");
  }

  @Test
  void shouldExposeTheGatewayMetrics() throws Exception {
    assertThat(gateway.post("/v1/events", EVENT_TYPE, purchase(unique("c")), SHOP).statusCode()).isEqualTo(202);
    String body = gateway.get("/metrics").body();
    assertThat(body).contains("retention_gateway_events_accepted_total")
        .contains("retention_gateway_events_rejected_total{reason=\"INVALID_EVENT\"")
        .contains("retention_gateway_produce_latency_seconds_count{outcome=\"acked\"")
        .contains("retention_gateway_produce_latency_seconds_bucket")
        .contains("retention_gateway_batch_size_events_count");
  }

  @Test
  void shouldServeTheOpenApiDocument() throws Exception {
    HttpResponse<String> doc = gateway.get("/v1/openapi.yaml");
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.body()).contains("/v1/events:batch");
  }

  @Test
  void shouldAnswerUnknownRoutesAndMethodsWithProblems() throws Exception {
    HttpResponse<String> notFound = gateway.post("/v1/event", EVENT_TYPE, purchase("c"), SHOP);
    assertThat(notFound.statusCode()).isEqualTo(404);
    HttpResponse<String> wrongMethod = gateway.get("/v1/events");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith(Problem.MEDIA_TYPE));
  }

  // ---- Kafka unavailable -------------------------------------------------------------------------------------

  @Test
  void shouldAnswer503WithRetryAfterAndWriteNothingWhenKafkaIsUnavailable() throws Exception {
    String nowhere = "127.0.0.1:" + freePort();
    GatewayConfig config = GatewayConfig.defaults(KEYS)
        .withHttp(new HttpServerConfig("127.0.0.1", 0, 1, Duration.ZERO))
        .withKafkaTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
    MetricsRegistry deadMetrics = MetricsRegistry.create("gateway-it-dead");
    String subject = unique("c");
    try (KafkaProducer<String, byte[]> deadProducer = new KafkaProducer<>(
            GatewayProducerConfig.of(nowhere, config), new StringSerializer(), new ByteArraySerializer());
        Admin deadAdmin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, nowhere));
        HttpServer dead = GatewayServer.start(config, deadProducer, deadAdmin, deadMetrics.registry(),
            deadMetrics::scrape, Clock.systemUTC())) {
      GatewayClient client = new GatewayClient(dead.baseUri());

      HttpResponse<String> single = client.post("/v1/events", EVENT_TYPE, purchase(subject), SHOP);
      assertThat(single.statusCode()).as(single.body()).isEqualTo(503);
      assertThat(single.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(json(single).path("reason").asText()).isEqualTo("UNAVAILABLE");
      HttpResponse<String> batch = client.post("/v1/events:batch", "application/json",
          "[" + purchase(subject) + "," + edit(purchase(subject), "\"EUR\"", "\"XYZ\"") + "]", SHOP);
      assertThat(batch.statusCode()).as(batch.body()).isEqualTo(207);
      assertThat(batch.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(problemStatuses(json(batch))).containsExactly(503, 422);
      HttpResponse<String> ready = client.get("/health/ready");
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
      assertThat(json(ready).path("detail").asText()).contains("kafka");

      Counts counts = client.counts();
      assertThat(counts.accepted()).isZero();
      assertThat(counts.rejected("UNAVAILABLE")).isEqualTo(2);
      assertThat(counts.rejected("INVALID_EVENT")).isEqualTo(1);
    } finally {
      deadMetrics.close();
    }
    assertThat(raw.recordsOf(subject)).isEmpty();
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static List<String> statuses(JsonNode answer) {
    List<String> statuses = new ArrayList<>();
    answer.path("results").forEach(r -> statuses.add(r.path("status").asText()));
    return statuses;
  }

  private static List<Integer> problemStatuses(JsonNode answer) {
    List<Integer> statuses = new ArrayList<>();
    answer.path("results").forEach(r -> statuses.add(r.at("/problem/status").asInt(0)));
    return statuses;
  }

  private static List<String> texts(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
  }

  private static String idOf(String event) {
    return BatchResult.idOf(event.getBytes(StandardCharsets.UTF_8));
  }
}
