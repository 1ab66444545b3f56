package dev.retention.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.json.Json;
import dev.retention.runtime.http.ReadinessCheck.Status;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpServerTest {

  /** No stop timeout, so stopping after each test does not wait for the client's idle connections. */
  private static final HttpServerConfig CONFIG = new HttpServerConfig("127.0.0.1", 0, 1024, Duration.ZERO);
  private static final HttpServerConfig GRACEFUL = CONFIG.withStopTimeout(Duration.ofSeconds(10));

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicBoolean kafkaUp = new AtomicBoolean(true);
  private final CountDownLatch slowEntered = new CountDownLatch(1);
  private final CountDownLatch slowRelease = new CountDownLatch(1);
  private HttpServer server;

  private HttpServer start(List<ReadinessCheck> checks) {
    return start(CONFIG, checks);
  }

  private HttpServer start(HttpServerConfig config, List<ReadinessCheck> checks) {
    server = HttpServer.start(config, checks, () -> "# HELP demo_total demo\ndemo_total 1.0\n", List.of(
        routes -> routes.get("/hello", ctx -> ctx.result("hi")),
        routes -> routes.post("/echo", ctx -> ctx.result(ctx.bodyAsBytes())),
        routes -> routes.post("/v1/things:batch", ctx -> ctx.result("batch")),
        routes -> routes.post("/bounded", ctx -> ctx.result(BoundedBody.read(ctx, 10, "thing"))),
        routes -> routes.get("/boom", ctx -> {
          throw new IllegalStateException("secret internal detail");
        }),
        routes -> routes.get("/teapot", ctx -> {
          throw new ProblemException(Problem.of(429, "slow down"), Map.of("Retry-After", "7"));
        }),
        routes -> routes.get("/slow", ctx -> {
          slowEntered.countDown();
          slowRelease.await(20, TimeUnit.SECONDS);
          ctx.result("finished");
        })));
    return server;
  }

  private HttpServer start() {
    return start(List.of(new Check("kafka", () -> kafkaUp.get() ? Status.up("fine") : Status.down("gone"))));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.mapper().readTree(response.body());
  }

  private static void assertProblem(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith(Problem.MEDIA_TYPE));
    JsonNode body = json(response);
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("type").asText()).isEqualTo("about:blank");
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("detail").asText()).isNotBlank();
  }

  @Test
  void shouldListenOnAnEphemeralPortAndServeServiceRoutes() throws Exception {
    start();
    assertThat(server.port()).isPositive();
    HttpResponse<String> response = get("/hello");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("hi");
    assertThat(post("/v1/things:batch", "x").body()).isEqualTo("batch");
  }

  @Test
  void shouldAnswerLiveWhileRunning() throws Exception {
    start();
    HttpResponse<String> response = get("/health/live");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("status").asText()).isEqualTo("UP");
  }

  @Test
  void shouldBeReadyOnlyWhileEveryCheckPasses() throws Exception {
    start();
    HttpResponse<String> ready = get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(json(ready).path("checks").get(0).path("name").asText()).isEqualTo("kafka");

    kafkaUp.set(false);
    HttpResponse<String> notReady = get("/health/ready");
    assertProblem(notReady, 503);
    assertThat(json(notReady).path("detail").asText()).contains("kafka").contains("gone");
    assertThat(json(notReady).path("checks").get(0).path("ready").asBoolean()).isFalse();
  }

  @Test
  void shouldCountAThrowingCheckAsNotReady() throws Exception {
    start(List.of(new Check("ok", () -> Status.up("fine")), new Check("broken", () -> {
      throw new IllegalStateException("no connection");
    })));
    HttpResponse<String> response = get("/health/ready");
    assertProblem(response, 503);
    assertThat(json(response).path("detail").asText()).contains("broken").doesNotContain("ok (");
    assertThat(json(response).path("checks")).hasSize(2);
  }

  @Test
  void shouldServeMetricsFromTheScrapeFunction() throws Exception {
    start();
    HttpResponse<String> response = get("/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("text/plain"));
    assertThat(response.body()).contains("demo_total 1.0");
  }

  @Test
  void shouldAnswerAnUnknownRouteWithA404Problem() throws Exception {
    start();
    HttpResponse<String> response = get("/nothing/here");
    assertProblem(response, 404);
    assertThat(json(response).path("instance").asText()).isEqualTo("/nothing/here");
  }

  @Test
  void shouldAnswerAWrongMethodWithA405ProblemAndAllow() throws Exception {
    start();
    HttpResponse<String> response = post("/hello", "x");
    assertProblem(response, 405);
    assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
  }

  @Test
  void shouldAnswerAnUncaughtExceptionWithA500ProblemWithoutInternals() throws Exception {
    start();
    HttpResponse<String> response = get("/boom");
    assertProblem(response, 500);
    assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalStateException")
        .doesNotContain("at dev.retention");
  }

  @Test
  void shouldAnswerAProblemExceptionWithItsProblemAndHeaders() throws Exception {
    start();
    HttpResponse<String> response = get("/teapot");
    assertProblem(response, 429);
    assertThat(json(response).path("detail").asText()).isEqualTo("slow down");
    assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
  }

  @Test
  void shouldRefuseABodyOverTheServerLimitWithA413Problem() throws Exception {
    start();
    assertThat(post("/echo", "small").body()).isEqualTo("small");
    assertProblem(post("/echo", "x".repeat(2048)), 413);
  }

  @Test
  void shouldRefuseABodyOverTheRouteLimitDeclaredOrStreamed() throws Exception {
    start();
    assertThat(post("/bounded", "0123456789").body()).isEqualTo("0123456789");
    HttpResponse<String> declared = post("/bounded", "0123456789x");
    assertProblem(declared, 413);
    assertThat(json(declared).path("detail").asText()).contains("thing").contains("10 bytes");
    HttpResponse<String> streamed = client.send(HttpRequest.newBuilder(server.baseUri().resolve("/bounded"))
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream("0123456789x".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertProblem(streamed, 413);
  }

  @Test
  void shouldLetARequestInFlightFinishWhenStopping() throws Exception {
    start(GRACEFUL, List.of());
    URI slow = server.baseUri().resolve("/slow");
    CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest.newBuilder(slow).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
    Awaitility.await("the server to stop accepting connections").atMost(Duration.ofSeconds(10))
        .until(() -> refusesConnections(slow));
    assertThat(stopping).isNotDone();
    slowRelease.countDown();

    HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("finished");
    stopping.get(10, TimeUnit.SECONDS);
    server = null;
  }

  @Test
  void shouldRefuseAnInvalidConfiguration() {
    assertThatThrownBy(() -> new HttpServerConfig("127.0.0.1", 70_000, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HttpServerConfig("127.0.0.1", 0, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private boolean refusesConnections(URI uri) {
    HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    try {
      fresh.send(HttpRequest.newBuilder(uri.resolve("/health/live")).timeout(Duration.ofSeconds(1)).build(),
          HttpResponse.BodyHandlers.discarding());
      return false;
    } catch (IOException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private record Check(String name, java.util.function.Supplier<Status> status) implements ReadinessCheck {
    @Override
    public Status check() {
      return status.get();
    }
  }
}
