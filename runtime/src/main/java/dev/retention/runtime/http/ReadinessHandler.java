package dev.retention.runtime.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.json.Json;
import dev.retention.runtime.http.ReadinessCheck.Status;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health/ready}: 200 with every check's status when all pass; otherwise 503, a problem whose
 * {@code checks} member lists every check and whose detail names the failing ones.
 */
public final class ReadinessHandler implements Handler {

  public static final String PATH = "/health/ready";

  private final List<ReadinessCheck> checks;

  public ReadinessHandler(List<ReadinessCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public void handle(Context ctx) throws Exception {
    Map<String, Status> results = new LinkedHashMap<>();
    checks.forEach(check -> results.put(check.name(), ReadinessChecks.run(check)));
    List<Map<String, Object>> listed = new ArrayList<>();
    results.forEach((name, status) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", name);
      entry.put("ready", status.ready());
      entry.put("detail", status.detail());
      listed.add(entry);
    });
    List<String> failing = results.entrySet().stream().filter(e -> !e.getValue().ready())
        .map(e -> e.getKey() + " (" + e.getValue().detail() + ")").toList();
    if (failing.isEmpty()) {
      ObjectNode body = Json.mapper().createObjectNode().put("status", "UP");
      ArrayNode array = body.putArray("checks");
      listed.forEach(c -> array.add(Json.mapper().valueToTree(c)));
      ctx.status(200).contentType("application/json").result(Json.mapper().writeValueAsBytes(body));
    } else {
      ProblemResponder.send(ctx, Problem.of(503, "Not ready: " + String.join(", ", failing) + ".")
          .withExtension("checks", listed));
    }
  }
}
