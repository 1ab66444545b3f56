package dev.retention.cases.http;

import dev.retention.cases.care.CareService;
import dev.retention.cases.config.ApiUsers;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/** GET /v1/care-tasks[?status=PLANNED|REFUSED|DONE] and POST /v1/care-tasks/done?taskId=... {"channel": ...}. */
public final class CareHandlers {

  private static final Set<String> STATUSES = Set.of("PLANNED", "REFUSED", "DONE");

  /** The body of done; {@code channel} defaults to the planned one. */
  public record DoneBody(ContactChannel channel, String note) {}

  private final CareService care;
  private final ApiUsers users;

  public CareHandlers(CareService care, ApiUsers users) {
    this.care = care;
    this.users = users;
  }

  public void register(RoutesConfig routes) {
    routes.get("/v1/care-tasks", ctx -> {
      Caller.of(ctx, users);
      String status = ctx.queryParam("status");
      if (status != null && !STATUSES.contains(status)) {
        throw new ProblemException(Problem.of(400, "Query parameter 'status' must be PLANNED, REFUSED or DONE, was '"
            + status + "'.").withErrors(java.util.List.of(new Problem.FieldError("status", "unknown status"))));
      }
      CaseProblems.json(ctx, 200, Map.of("tasks", care.tasks().list(status, 500)));
    });
    // task ids contain '/', so the id is the rest of the path
    routes.post("/v1/care-tasks/done", ctx -> {
      Caller.of(ctx, users);
      String taskId = ctx.queryParam("taskId");
      if (taskId == null || taskId.isBlank()) {
        throw new ProblemException(Problem.of(400, "Query parameter 'taskId' is required.")
            .withErrors(java.util.List.of(new Problem.FieldError("taskId", "required"))));
      }
      DoneBody body = CaseProblems.body(ctx, DoneBody.class);
      CaseProblems.json(ctx, 200, CaseProblems.run(taskId, () -> care.done(taskId, body.channel()))
          .orElseThrow(() -> new ProblemException(Problem.of(URI.create(CaseProblems.TYPE_BASE + "unknown-task"),
              "Unknown care task", 404, "There is no care task " + taskId + "."))));
    });
  }
}
