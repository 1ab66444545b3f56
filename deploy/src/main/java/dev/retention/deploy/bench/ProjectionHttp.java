package dev.retention.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * GET requests as an analyst's client sends them, with the run's API key, timed from the send to the last byte of
 * the body. HTTP/1.1 with keep-alive: the service speaks it, and an h2c upgrade attempt would add a round trip.
 */
final class ProjectionHttp {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String key;

  /** An answer and how long it took. */
  record Reply(int status, String body, long nanos) {
    boolean ok() {
      return status == 200;
    }
  }

  ProjectionHttp(String key) {
    this.key = key;
  }

  Reply get(URI base, String path) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET()
        .header("Accept", "application/json").header("Authorization", "Bearer " + key).build();
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long nanos = System.nanoTime() - start;
      return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), nanos);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + base.resolve(path) + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
