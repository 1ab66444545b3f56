package dev.retention.projection.http;

import dev.retention.projection.model.Customer360;
import dev.retention.projection.query.Answer;
import dev.retention.projection.query.ProjectionQueries;
import dev.retention.projection.query.SegmentQuery;
import dev.retention.projection.stream.ProjectionStores;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The endpoints other instances call: they read this instance's stores for the partitions asked and never route
 * further (no loops). An answer from a partition that is not active here is marked stale.
 */
final class InternalHandlers {

  private static final Set<String> TALLY_STORES = Set.of(ProjectionStores.TALLIES, ProjectionStores.CASE_TALLIES);

  private final QueriesRef queries;

  InternalHandlers(QueriesRef queries) {
    this.queries = queries;
  }

  Handler customer() {
    return ctx -> {
      ProjectionQueries q = queries.get();
      String id = Params.customerId(ctx);
      int partition = Params.intBetween(ctx, "partition", -1, 0, Integer.MAX_VALUE);
      Optional<Customer360> c = q.local().customer(id, partition);
      boolean stale = !q.cluster().activeHere(ProjectionStores.CUSTOMER_360, partition);
      if (c.isEmpty()) {
        ctx.header(Answer.STALE_HEADER, Boolean.toString(stale));
        throw new ProblemException(Problem.of(404, "No customer with id '" + id + "' is known."));
      }
      Responses.raw(ctx, c.get(), stale);
    };
  }

  Handler tallies() {
    return ctx -> {
      ProjectionQueries q = queries.get();
      String store = ctx.queryParam("store");
      if (!TALLY_STORES.contains(store)) {
        throw Params.bad("store", "must be one of " + TALLY_STORES);
      }
      String prefix = ctx.queryParam("prefix") == null ? "" : ctx.queryParam("prefix");
      Set<Integer> partitions = partitions(ctx);
      Responses.raw(ctx, q.local().tallies(store, prefix, partitions), stale(q, store, partitions));
    };
  }

  Handler segments() {
    return ctx -> {
      ProjectionQueries q = queries.get();
      SegmentQuery query = new SegmentQuery(ctx.queryParam("tier"), ctx.queryParam("risk"),
          ctx.queryParam("stage"), ctx.queryParam("category"));
      int limit = Params.intBetween(ctx, "limit", 100, 1, 100_000);
      Set<Integer> partitions = partitions(ctx);
      Responses.raw(ctx, q.local().segments(query, ctx.queryParam("after"), limit, partitions),
          stale(q, query.store(), partitions));
    };
  }

  private static boolean stale(ProjectionQueries q, String store, Set<Integer> partitions) {
    return partitions.stream().anyMatch(p -> !q.cluster().activeHere(store, p));
  }

  private static Set<Integer> partitions(Context ctx) {
    String raw = ctx.queryParam("partitions");
    if (raw == null || raw.isBlank()) {
      return Set.of();
    }
    try {
      return Arrays.stream(raw.split(",")).map(Integer::parseInt).collect(Collectors.toCollection(TreeSet::new));
    } catch (NumberFormatException e) {
      throw Params.bad("partitions", "must be partition numbers separated by commas");
    }
  }
}
