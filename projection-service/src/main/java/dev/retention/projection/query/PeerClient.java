package dev.retention.projection.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Calls another instance's internal endpoints, with the caller's API key (peers check keys like any client, so the
 * internal endpoints are no way around authentication).
 */
public final class PeerClient {

  private final HttpClient http;
  private final Duration timeout;

  public PeerClient(Duration timeout) {
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
  }

  /** A peer's answer: status, body, and whether it marked itself stale. */
  public record Reply(int status, byte[] body, boolean stale) {}

  /**
   * GET {@code pathAndQuery} on {@code host}.
   *
   * @throws PeerUnavailableException when the peer does not answer in time or answers 5xx
   */
  public Reply get(HostInfo host, String pathAndQuery, String apiKey) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port()
            + pathAndQuery))
        .timeout(timeout)
        .header("X-API-Key", apiKey)
        .header("Accept", "application/json")
        .GET().build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() >= 500) {
        throw new PeerUnavailableException(host + " answered " + response.statusCode());
      }
      boolean stale = Optional.ofNullable(response.headers().firstValue(Answer.STALE_HEADER).orElse(null))
          .map(Boolean::parseBoolean).orElse(false);
      return new Reply(response.statusCode(), response.body(), stale);
    } catch (IOException e) {
      throw new PeerUnavailableException(host + " did not answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerUnavailableException("interrupted while asking " + host);
    }
  }

  /** Another instance could not answer. */
  public static final class PeerUnavailableException extends RuntimeException {
    public PeerUnavailableException(String message) {
      super(message, null, false, false);
    }
  }
}
