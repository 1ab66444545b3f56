package dev.retention.cases.http;

import dev.retention.cases.config.ApiUsers;
import dev.retention.cases.config.ApiUsers.Role;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.http.Context;

/** The authenticated user of a request and their role. */
public record Caller(String user, Role role) {

  public static Caller of(Context ctx, ApiUsers users) {
    String user = users.keys().authenticate(ctx).source();
    return new Caller(user, users.roles().get(user));
  }

  public boolean isManager() {
    return role == Role.MANAGER;
  }

  /** Refuses (403) unless the caller is a manager or the case's owner. */
  public void requireOwnerOrManager(String caseId, String owner) {
    if (!isManager() && !user.equals(owner)) {
      throw new ProblemException(Problem.of(403, "Case " + caseId + " is owned by "
          + (owner == null ? "nobody" : owner) + "; only its owner or a manager may act on it."));
    }
  }
}
