package dev.retention.projection.http;

import dev.retention.projection.query.ProjectionQueries;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The queries, once Kafka Streams runs. The HTTP server starts first, because Kafka Streams must be told the port it
 * listens on (application.server); until then query routes answer 503.
 */
public final class QueriesRef {

  private final AtomicReference<ProjectionQueries> queries = new AtomicReference<>();

  public void set(ProjectionQueries value) {
    queries.set(value);
  }

  ProjectionQueries get() {
    ProjectionQueries q = queries.get();
    if (q == null) {
      throw new ProblemException(Problem.of(503, "The projections are starting."), Map.of("Retry-After", "1"));
    }
    return q;
  }
}
