package dev.retention.projection.http;

import dev.retention.projection.config.ProjectionConfig;
import dev.retention.projection.query.InternalPaths;
import dev.retention.runtime.http.ApiKeys;
import dev.retention.runtime.http.RouteRegistration;

/**
 * Every route of the projection service besides the runtime's health and metrics: the analyst API under
 * {@code /v1} and the instance-to-instance API under {@code /internal} (both need an analyst key), the OpenAPI
 * description and the dashboard (public: the page asks for the key and sends it with each API call).
 */
public final class ProjectionRoutes {

  /** The charting library bundled with the service, see the module's pom. */
  static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

  private ProjectionRoutes() {}

  public static RouteRegistration of(QueriesRef queries, ProjectionConfig config, ApiKeys keys,
      WarningStreamHandler warnings) {
    AnalystAuth auth = new AnalystAuth(keys);
    StatsHandlers stats = new StatsHandlers(queries);
    InternalHandlers internal = new InternalHandlers(queries);
    return routes -> routes
        .before("/v1/*", auth)
        .before("/internal/*", auth)
        .get(CustomerHandler.PATH, new CustomerHandler(queries))
        .get(SegmentsHandler.PATH, new SegmentsHandler(queries, config))
        .get(StatsHandlers.TIERS, stats.tiers())
        .get(StatsHandlers.LIFECYCLE, stats.lifecycle())
        .get(StatsHandlers.NPS, stats.nps())
        .get(StatsHandlers.WARNINGS, stats.warnings())
        .get(StatsHandlers.KPIS, stats.kpis())
        .get(StatsHandlers.COHORTS, stats.cohorts())
        .get("/v1/reports/effectiveness", stats.effectiveness())
        .sse(WarningStreamHandler.PATH, warnings)
        .get(InternalPaths.CUSTOMER, internal.customer())
        .get(InternalPaths.TALLIES, internal.tallies())
        .get(InternalPaths.SEGMENTS, internal.segments())
        .get("/openapi.json", new StaticHandler("openapi.json"))
        .get("/", new StaticHandler("dashboard/index.html"))
        .get("/dashboard/app.js", new StaticHandler("dashboard/app.js"))
        .get("/dashboard/app.css", new StaticHandler("dashboard/app.css"))
        .get("/dashboard/chart.umd.min.js", new StaticHandler(CHART_JS));
  }
}
