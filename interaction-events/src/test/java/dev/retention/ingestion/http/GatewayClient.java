package dev.retention.ingestion.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client of a running gateway, for tests: requests over real HTTP and the gateway's counters. */
final class GatewayClient {

  private static final Pattern COUNTER = Pattern.compile(
      "^retention_gateway_events_(accepted|rejected)_total\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);
  private static final Pattern REASON = Pattern.compile("reason=\"([^\"]*)\"");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  GatewayClient(URI base) {
    this.base = base;
  }

  HttpResponse<String> post(String path, String contentType, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body, String... headers)
      throws IOException, InterruptedException {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.mapper().readTree(response.body());
  }

  /** The gateway's accepted and rejected counters, from {@code /metrics}. */
  Counts counts() throws IOException, InterruptedException {
    HttpResponse<String> metrics = get("/metrics");
    double accepted = 0;
    Map<String, Double> rejected = new HashMap<>();
    Matcher m = COUNTER.matcher(metrics.body());
    while (m.find()) {
      double value = Double.parseDouble(m.group(3));
      if (m.group(1).equals("accepted")) {
        accepted += value;
      } else {
        Matcher reason = REASON.matcher(m.group(2));
        rejected.merge(reason.find() ? reason.group(1) : "?", value, Double::sum);
      }
    }
    return new Counts((long) accepted, rejected);
  }

  /** A snapshot of the counters. */
  record Counts(long accepted, Map<String, Double> rejectedByReason) {

    long rejected() {
      return (long) rejectedByReason.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    long rejected(String reason) {
      return rejectedByReason.getOrDefault(reason, 0.0).longValue();
    }

    Counts minus(Counts before) {
      Map<String, Double> delta = new HashMap<>(rejectedByReason);
      before.rejectedByReason.forEach((reason, n) -> delta.merge(reason, -n, Double::sum));
      return new Counts(accepted - before.accepted, delta);
    }
  }
}
