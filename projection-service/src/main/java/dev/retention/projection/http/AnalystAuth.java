package dev.retention.projection.http;

import dev.retention.runtime.http.ApiKeys;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Lets only analysts with a configured key through (401 without a key, 403 with an unknown one), and remembers the
 * presented key so that calls to other instances carry it.
 */
final class AnalystAuth implements Handler {

  static final String KEY_ATTRIBUTE = "projection.apiKey";

  private final ApiKeys keys;

  AnalystAuth(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  public void handle(Context ctx) {
    keys.authenticate(ctx);
    ctx.attribute(KEY_ATTRIBUTE, presented(ctx));
  }

  static String key(Context ctx) {
    return ctx.attribute(KEY_ATTRIBUTE);
  }

  private static String presented(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).strip();
    }
    return ctx.header(ApiKeys.API_KEY_HEADER).strip();
  }
}
