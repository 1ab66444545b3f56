package dev.retention.runtime.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error into an RFC 9457 problem: a {@link ProblemException} into its problem, Javalin's own responses
 * (unknown route, wrong method, body over the server's limit) into 404, 405 and 413 problems, and any other exception
 * into a 500 problem that says nothing about the internals (the stack trace goes to the log, never to the client).
 */
public final class ErrorHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

  private ErrorHandlers() {}

  public static void install(RoutesConfig routes) {
    routes.exception(ProblemException.class, (e, ctx) -> ProblemResponder.send(ctx, e.problem(), e.headers()));
    routes.exception(HttpResponseException.class, ErrorHandlers::framework);
    routes.exception(Exception.class, ErrorHandlers::unexpected);
  }

  private static void framework(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    if (status == HttpStatus.NOT_FOUND.getCode()) {
      ProblemResponder.send(ctx, Problem.of(status, "There is no resource at " + ctx.path() + "."));
    } else if (status == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
      String allowed = String.join(", ", e.getDetails().values());
      ProblemResponder.send(ctx, Problem.of(status, "Method " + ctx.method().name() + " is not allowed on "
          + ctx.path() + "; allowed: " + allowed + "."), allowed.isEmpty() ? Map.of() : Map.of("Allow", allowed));
    } else if (status == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
      ProblemResponder.send(ctx, Problem.of(status, "The request body is larger than this server accepts."));
    } else if (status >= 400 && status <= 599) {
      ProblemResponder.send(ctx, Problem.of(status, e.getMessage()));
    } else {
      ctx.status(status);
    }
  }

  private static void unexpected(Exception e, Context ctx) {
    LOG.error("Unexpected error on {} {}", ctx.method().name(), ctx.path(), e);
    ProblemResponder.send(ctx, Problem.of(HttpStatus.INTERNAL_SERVER_ERROR.getCode(),
        "The server failed to process the request; the error has been logged."));
  }
}
