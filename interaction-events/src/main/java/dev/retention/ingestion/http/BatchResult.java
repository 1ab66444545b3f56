package dev.retention.ingestion.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.json.Json;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemJson;
import java.io.IOException;
import java.util.List;

/**
 * The answer to a batch: one result per event, in the order of the batch.
 *
 * <pre>{@code
 * {"accepted": 1, "rejected": 1, "results": [
 *   {"index": 0, "id": "o-1", "status": "accepted"},
 *   {"index": 1, "id": "o-2", "status": "rejected", "problem": {"type": ..., "status": 422, "errors": [...]}}]}
 * }</pre>
 */
record BatchResult(List<Item> items) {

  /**
   * One event's result.
   *
   * @param index the event's position in the batch (array element, or non-blank NDJSON line), from 0
   * @param id the event's {@code id} when it could be read, else null
   * @param problem null when accepted
   */
  record Item(int index, String id, Problem problem) {
    boolean accepted() {
      return problem == null;
    }
  }

  long acceptedCount() {
    return items.stream().filter(Item::accepted).count();
  }

  boolean allAccepted() {
    return acceptedCount() == items.size();
  }

  boolean anyWithStatus(int status) {
    return items.stream().anyMatch(i -> i.problem() != null && i.problem().status() == status);
  }

  byte[] toJson() throws IOException {
    ObjectNode root = Json.mapper().createObjectNode();
    long accepted = acceptedCount();
    root.put("accepted", accepted);
    root.put("rejected", items.size() - accepted);
    ArrayNode results = root.putArray("results");
    for (Item item : items) {
      ObjectNode node = results.addObject();
      node.put("index", item.index());
      if (item.id() != null) {
        node.put("id", item.id());
      }
      node.put("status", item.accepted() ? "accepted" : "rejected");
      if (!item.accepted()) {
        node.set("problem", ProblemJson.toTree(item.problem()));
      }
    }
    return Json.mapper().writeValueAsBytes(root);
  }

  /** The {@code id} of an event that may be invalid, if it has a readable one. */
  static String idOf(byte[] event) {
    try {
      JsonNode id = Json.mapper().readTree(event).get("id");
      return id != null && id.isTextual() ? id.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
