package dev.retention.runtime.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.json.Json;
import java.io.UncheckedIOException;

/** Writes a {@link Problem} as RFC 9457 JSON: standard members first, then {@code errors} and the extensions. */
public final class ProblemJson {

  private ProblemJson() {}

  public static ObjectNode toTree(Problem problem) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("type", problem.type().toString());
    node.put("title", problem.title());
    node.put("status", problem.status());
    if (problem.detail() != null) {
      node.put("detail", problem.detail());
    }
    if (problem.instance() != null) {
      node.put("instance", problem.instance());
    }
    if (!problem.errors().isEmpty()) {
      ArrayNode errors = node.putArray("errors");
      problem.errors().forEach(e -> errors.addObject().put("pointer", e.pointer()).put("detail", e.detail()));
    }
    problem.extensions().forEach((name, value) -> node.set(name, toNode(value)));
    return node;
  }

  public static byte[] toBytes(Problem problem) {
    try {
      return Json.mapper().writeValueAsBytes(toTree(problem));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode toNode(Object value) {
    return value instanceof Problem p ? toTree(p) : Json.mapper().valueToTree(value);
  }
}
