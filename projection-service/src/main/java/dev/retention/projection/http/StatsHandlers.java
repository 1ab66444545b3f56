package dev.retention.projection.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.projection.model.Tally;
import dev.retention.projection.model.TallyKey;
import dev.retention.projection.query.Answer;
import dev.retention.projection.stream.ProjectionStores;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The stats endpoints: each gathers the tallies it needs from every instance and renders them with
 * {@link StatsViews}.
 */
final class StatsHandlers {

  static final String TIERS = "/v1/stats/tiers";
  static final String LIFECYCLE = "/v1/stats/lifecycle";
  static final String NPS = "/v1/stats/nps";
  static final String WARNINGS = "/v1/stats/warnings";
  static final String KPIS = "/v1/kpis";
  static final String COHORTS = "/v1/cohorts/retention";

  private static final List<String> RISK_ORDER = List.of("HIGH", "MEDIUM", "LOW");

  private final QueriesRef queries;

  StatsHandlers(QueriesRef queries) {
    this.queries = queries;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private Answer<Map<String, Tally>> tallies(Context ctx, String store, String prefix) {
    return queries.get().tallies(store, prefix, AnalystAuth.key(ctx));
  }

  Handler tiers() {
    return ctx -> {
      Answer<Map<String, Tally>> t = tallies(ctx, ProjectionStores.TALLIES, "");
      ObjectNode body = Responses.object();
      body.set("tiers", StatsViews.distribution(t.value(), TallyKey.TIER, "tier", names(ValueTier.values())));
      body.set("riskLevels", StatsViews.distribution(t.value(), TallyKey.RISK, "risk", RISK_ORDER));
      Responses.json(ctx, body, t.stale());
    };
  }

  Handler lifecycle() {
    return ctx -> {
      Answer<Map<String, Tally>> t = tallies(ctx, ProjectionStores.TALLIES, TallyKey.prefix(TallyKey.STAGE));
      ObjectNode body = Responses.object();
      body.set("stages", StatsViews.distribution(t.value(), TallyKey.STAGE, "stage",
          names(LifecycleStage.values())));
      Responses.json(ctx, body, t.stale());
    };
  }

  Handler nps() {
    return series("month", TallyKey.NPS, "months", StatsViews::npsByMonth);
  }

  Handler warnings() {
    return series("day", TallyKey.WARNINGS, "days", StatsViews::warningsByDay);
  }

  Handler kpis() {
    return ctx -> {
      Answer<Map<String, Tally>> customers = tallies(ctx, ProjectionStores.TALLIES, "");
      Answer<Map<String, Tally>> cases = tallies(ctx, ProjectionStores.CASE_TALLIES,
          TallyKey.prefix(TallyKey.CASES));
      Responses.json(ctx, StatsViews.kpis(customers.value(), cases.value()), customers.stale() || cases.stale());
    };
  }

  Handler cohorts() {
    return series("month", TallyKey.COHORT, "cohorts", StatsViews::cohorts);
  }

  /** A time series endpoint: one supported granularity, the tallies under one key part, rendered by {@code view}. */
  private Handler series(String granularity, String keyPart, String field,
      Function<Map<String, Tally>, ArrayNode> view) {
    return ctx -> {
      Params.granularity(ctx, granularity);
      Answer<Map<String, Tally>> t = tallies(ctx, ProjectionStores.TALLIES, TallyKey.prefix(keyPart));
      ObjectNode body = Responses.object().put("granularity", granularity);
      body.set(field, view.apply(t.value()));
      Responses.json(ctx, body, t.stale());
    };
  }

  Handler effectiveness() {
    return ctx -> {
      String quarter = Params.quarter(ctx);
      String prefix = TallyKey.prefix(TallyKey.QUARTER, quarter);
      Answer<Map<String, Tally>> customers = tallies(ctx, ProjectionStores.TALLIES, prefix);
      Answer<Map<String, Tally>> cases = tallies(ctx, ProjectionStores.CASE_TALLIES, prefix);
      Map<String, Tally> all = new HashMap<>(customers.value());
      cases.value().forEach((k, v) -> all.merge(k, v, Tally::plus));
      ObjectNode report = EffectivenessReport.build(quarter, all);
      boolean stale = customers.stale() || cases.stale();
      if (Responses.accepts(ctx, "text/html")) {
        report.put("stale", stale);
        ctx.header(Answer.STALE_HEADER, Boolean.toString(stale));
        ctx.contentType("text/html; charset=utf-8").result(EffectivenessHtml.render(report));
      } else {
        Responses.json(ctx, report, stale);
      }
    };
  }
}
