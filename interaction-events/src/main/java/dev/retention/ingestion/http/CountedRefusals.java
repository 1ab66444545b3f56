package dev.retention.ingestion.http;

import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Runs a gateway handler so that a request it refuses as a whole is counted once, with its reason, and answered with
 * a gateway problem (typed, with a {@code reason} member) even when a shared component (API keys, body limits)
 * raised it.
 */
final class CountedRefusals {

  private CountedRefusals() {}

  static void run(GatewayMetrics metrics, Context ctx, Handler handler) throws Exception {
    try {
      handler.handle(ctx);
    } catch (ProblemException e) {
      Problem problem = GatewayProblems.normalize(e.problem());
      metrics.rejected(GatewayProblems.reasonOf(problem));
      throw new ProblemException(problem, e.headers());
    }
  }
}
