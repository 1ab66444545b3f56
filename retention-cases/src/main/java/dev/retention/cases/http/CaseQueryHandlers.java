package dev.retention.cases.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.cases.config.ApiUsers;
import dev.retention.cases.store.CaseEngine;
import dev.retention.contracts.json.Json;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * GET /v1/cases (my cases; managers: {@code ?owner=} or all), /v1/cases/overdue, /v1/cases/{caseId} (the case and
 * its event history) and /v1/kpis.
 */
public final class CaseQueryHandlers {

  private static final ObjectMapper JSON = Json.mapper();
  private static final int MAX_LIMIT = 500;

  private final CaseEngine engine;
  private final ApiUsers users;
  private final Clock clock;

  public CaseQueryHandlers(CaseEngine engine, ApiUsers users, Clock clock) {
    this.engine = engine;
    this.users = users;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/v1/cases", this::list);
    routes.get("/v1/cases/overdue", this::overdue);
    routes.get("/v1/cases/{caseId}", this::detail);
    routes.get("/v1/kpis", ctx -> {
      Caller.of(ctx, users);
      CaseProblems.json(ctx, 200, engine.views().kpis(clock.instant()));
    });
  }

  private void list(Context ctx) {
    Caller caller = Caller.of(ctx, users);
    boolean openOnly = !"all".equals(ctx.queryParam("status"));
    CaseProblems.json(ctx, 200, Map.of("cases",
        engine.views().byOwner(ownerFilter(ctx, caller), openOnly, limit(ctx))));
  }

  private void overdue(Context ctx) {
    Caller caller = Caller.of(ctx, users);
    CaseProblems.json(ctx, 200, Map.of("cases",
        engine.views().overdue(ownerFilter(ctx, caller), clock.instant(), limit(ctx))));
  }

  private void detail(Context ctx) {
    Caller.of(ctx, users);
    String caseId = ctx.pathParam("caseId");
    List<? extends DomainEventMessage<?>> history = engine.history(caseId);
    if (history.isEmpty()) {
      throw CaseProblems.unknownCase(caseId);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseId", caseId);
    body.put("summary", engine.views().find(caseId).orElse(null));
    body.put("events", history.stream().map(e -> {
      ObjectNode node = JSON.valueToTree(e.getPayload());
      node.put("sequence", e.getSequenceNumber());
      return node;
    }).toList());
    CaseProblems.json(ctx, 200, body);
  }

  /** Agents see their own cases; managers whom they ask for, or everyone. */
  private static String ownerFilter(Context ctx, Caller caller) {
    String asked = ctx.queryParam("owner");
    if (!caller.isManager()) {
      if (asked != null && !asked.equals(caller.user())) {
        throw new ProblemException(Problem.of(403, "Agents see their own cases only."));
      }
      return caller.user();
    }
    return asked;
  }

  private static int limit(Context ctx) {
    String raw = ctx.queryParam("limit");
    if (raw == null) {
      return 100;
    }
    try {
      int limit = Integer.parseInt(raw);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ProblemException(Problem.of(400, "Query parameter 'limit' must be a whole number from 1 to "
        + MAX_LIMIT + ", was '" + raw + "'.").withErrors(List.of(new Problem.FieldError("limit",
        "must be 1-" + MAX_LIMIT))));
  }
}
