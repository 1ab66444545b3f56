package dev.retention.projection.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.json.Json;
import dev.retention.projection.query.Answer;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** Writes JSON answers; every answer says whether it may be stale, in the body and in a header. */
final class Responses {

  static final ObjectMapper JSON = Json.mapper();

  private Responses() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static void json(Context ctx, ObjectNode body, boolean stale) {
    body.put("stale", stale);
    ctx.header(Answer.STALE_HEADER, Boolean.toString(stale));
    ctx.contentType("application/json").result(bytes(body));
  }

  static void raw(Context ctx, Object body, boolean stale) {
    ctx.header(Answer.STALE_HEADER, Boolean.toString(stale));
    ctx.contentType("application/json").result(bytes(body));
  }

  static byte[] bytes(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the client prefers {@code mediaType} (listed before JSON in its Accept header). */
  static boolean accepts(Context ctx, String mediaType) {
    String accept = ctx.header("Accept");
    if (accept == null) {
      return false;
    }
    int wanted = accept.indexOf(mediaType);
    int json = accept.indexOf("application/json");
    return wanted >= 0 && (json < 0 || wanted < json);
  }
}
