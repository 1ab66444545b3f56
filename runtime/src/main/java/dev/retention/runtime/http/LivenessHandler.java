package dev.retention.runtime.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /health/live}: 200 as long as the process can answer at all. */
public final class LivenessHandler implements Handler {

  public static final String PATH = "/health/live";

  @Override
  public void handle(Context ctx) {
    ctx.status(200).contentType("application/json").result("{\"status\":\"UP\"}");
  }
}
