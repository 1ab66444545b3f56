package dev.retention.runtime.http;

import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where and how an {@link HttpServer} listens.
 *
 * @param host the address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port the port; 0 picks a free one ({@link HttpServer#port()} tells which)
 * @param maxRequestBytes the largest request body the server reads at all; routes may accept less
 * @param stopTimeout how long a stop waits for requests in flight to finish (with idle keep-alive connections open, a
 *     stop takes about a second even when nothing is in flight); zero stops at once
 */
public record HttpServerConfig(String host, int port, long maxRequestBytes, Duration stopTimeout) {

  public static final HttpServerConfig DEFAULTS =
      new HttpServerConfig("0.0.0.0", 8080, 5L * 1024 * 1024, Duration.ofSeconds(10));

  public static final Setting<String> HOST = Setting.of("http.host", Parsers.host(),
      "Address the HTTP server binds: 0.0.0.0 for every interface, 127.0.0.1 for this machine only.")
      .withDefault("0.0.0.0");

  /** Has no default here; a service gives its own through {@link #settings(int)}. */
  public static final Setting<Integer> PORT = Setting.of("http.port", Parsers.listenPort(),
      "Port of the HTTP server (health, metrics and the service's API); 0 picks a free one.");

  public static final Setting<Duration> STOP_TIMEOUT = Setting.of("http.stop-timeout", Parsers.duration(),
      "How long stopping waits for HTTP requests in flight to finish before closing their connections.")
      .withDefault("10s");

  public HttpServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
    }
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    if (stopTimeout.isNegative()) {
      throw new IllegalArgumentException("stopTimeout must not be negative, was " + stopTimeout);
    }
  }

  /** The settings to resolve, with {@code defaultPort} as the default of {@link #PORT}. */
  public static List<Setting<?>> settings(int defaultPort) {
    return List.of(HOST, PORT.withDefault(Integer.toString(defaultPort)), STOP_TIMEOUT);
  }

  /**
   * The values of {@link #settings(int)}, resolved.
   *
   * @param maxRequestBytes the largest body any route of the service accepts
   */
  public static HttpServerConfig from(ConfigValues values, long maxRequestBytes) {
    return new HttpServerConfig(values.get(HOST), values.get(PORT), maxRequestBytes, values.get(STOP_TIMEOUT));
  }

  public HttpServerConfig withPort(int newPort) {
    return new HttpServerConfig(host, newPort, maxRequestBytes, stopTimeout);
  }

  public HttpServerConfig withStopTimeout(Duration newStopTimeout) {
    return new HttpServerConfig(host, port, maxRequestBytes, newStopTimeout);
  }
}
