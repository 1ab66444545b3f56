package dev.retention.runtime.http;

import java.util.Map;
import java.util.Objects;

/**
 * Ends a request with a {@link Problem}: a handler throws it, the error handlers of {@link HttpServer} answer with the
 * problem (and the given headers, e.g. {@code Retry-After} or {@code WWW-Authenticate}). Carries no stack trace: it
 * is an answer, not a failure.
 */
public final class ProblemException extends RuntimeException {

  private final transient Problem problem;
  private final transient Map<String, String> headers;

  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  public ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.status() + " " + problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()),
        null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.headers = Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
