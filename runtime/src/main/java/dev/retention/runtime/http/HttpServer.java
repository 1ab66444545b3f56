package dev.retention.runtime.http;

import io.javalin.Javalin;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of a service: Javalin on Jetty with {@code /health/live}, {@code /health/ready}, {@code /metrics},
 * the service's own routes, and RFC 9457 problems for every error (unknown route 404, wrong method 405, body over
 * the server limit 413, uncaught exception 500 without internals).
 *
 * <p>{@link #stop()} is graceful: the server stops accepting connections and waits up to
 * {@link HttpServerConfig#stopTimeout()} for requests in flight to finish.
 */
public final class HttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

  private final Javalin app;
  private final String host;

  private HttpServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts a server; returns once it listens.
   *
   * @param checks every condition for readiness; none means ready whenever live
   * @param scrape the Prometheus text exposition, e.g. {@code registry::scrape}
   * @param routes the service's routes
   */
  public static HttpServer start(HttpServerConfig config, List<ReadinessCheck> checks, Supplier<String> scrape,
      List<RouteRegistration> routes) {
    Objects.requireNonNull(config, "config");
    List<RouteRegistration> serviceRoutes = List.copyOf(routes);
    Javalin app = Javalin.create(javalin -> {
      javalin.startup.showJavalinBanner = false;
      javalin.startup.showOldJavalinVersionWarning = false;
      javalin.http.prefer405over404 = true;
      javalin.http.maxRequestSize = config.maxRequestBytes();
      javalin.jetty.host = config.host();
      javalin.jetty.port = config.port();
      javalin.jetty.modifyServer(server -> {
        server.setStopTimeout(config.stopTimeout().toMillis());
        server.setHandler(new GracefulHandler());
      });
      javalin.routes.get(LivenessHandler.PATH, new LivenessHandler());
      javalin.routes.get(ReadinessHandler.PATH, new ReadinessHandler(checks));
      javalin.routes.get(MetricsHandler.PATH, new MetricsHandler(scrape));
      serviceRoutes.forEach(r -> r.register(javalin.routes));
      ErrorHandlers.install(javalin.routes);
    });
    app.start();
    HttpServer server = new HttpServer(app, config.host());
    LOG.info("HTTP server listening on {}", server.baseUri());
    return server;
  }

  /** The port the server listens on (the chosen one when configured with 0). */
  public int port() {
    return app.port();
  }

  /** {@code http://host:port}, with a loopback host when bound to every interface. */
  public URI baseUri() {
    String visible = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    return URI.create("http://" + (visible.contains(":") ? "[" + visible + "]" : visible) + ":" + port());
  }

  /** Stops accepting requests, lets those in flight finish (bounded by the stop timeout), and stops. */
  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
