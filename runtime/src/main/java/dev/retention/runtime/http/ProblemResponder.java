package dev.retention.runtime.http;

import io.javalin.http.Context;
import java.util.Map;

/** Sends a {@link Problem} as the response: its status, {@code application/problem+json}, the request path as instance. */
public final class ProblemResponder {

  private ProblemResponder() {}

  public static void send(Context ctx, Problem problem) {
    send(ctx, problem, Map.of());
  }

  public static void send(Context ctx, Problem problem, Map<String, String> headers) {
    Problem withInstance = problem.instance() == null ? problem.withInstance(ctx.path()) : problem;
    headers.forEach(ctx::header);
    ctx.status(withInstance.status())
        .contentType(Problem.MEDIA_TYPE)
        .result(ProblemJson.toBytes(withInstance));
  }
}
