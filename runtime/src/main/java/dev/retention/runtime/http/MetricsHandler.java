package dev.retention.runtime.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Objects;
import java.util.function.Supplier;

/** {@code GET /metrics}: the Prometheus text exposition from a scrape function (e.g. PrometheusMeterRegistry::scrape). */
public final class MetricsHandler implements Handler {

  public static final String PATH = "/metrics";
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Supplier<String> scrape;

  public MetricsHandler(Supplier<String> scrape) {
    this.scrape = Objects.requireNonNull(scrape, "scrape");
  }

  @Override
  public void handle(Context ctx) {
    ctx.status(200).contentType(CONTENT_TYPE).result(scrape.get());
  }
}
