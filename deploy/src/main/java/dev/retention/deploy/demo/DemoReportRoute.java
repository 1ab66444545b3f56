package dev.retention.deploy.demo;

import dev.retention.contracts.json.Json;
import dev.retention.runtime.http.RouteRegistration;
import io.javalin.config.RoutesConfig;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /v1/demo}: what the demo made and sent, and where the list of drifting customers is. */
final class DemoReportRoute implements RouteRegistration {

  private final DemoGenerator generator;
  private final DemoPublisher publisher;
  private final DemoConfig config;

  DemoReportRoute(DemoGenerator generator, DemoPublisher publisher, DemoConfig config) {
    this.generator = generator;
    this.publisher = publisher;
    this.config = config;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/v1/demo", ctx -> ctx.status(200).contentType("application/json")
        .result(Json.mapper().writeValueAsBytes(report())));
  }

  Map<String, Object> report() {
    Map<Trait, Integer> traits = new EnumMap<>(Trait.class);
    generator.customers().forEach(c -> traits.merge(c.trait(), 1, Integer::sum));
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("customers", config.customers());
    report.put("customersByTrait", traits);
    report.put("historyEvents", generator.historyEvents());
    report.put("liveEvents", generator.liveEvents());
    report.put("acknowledgedThisRun", publisher.acknowledged());
    report.put("liveEventsPerSecond", config.liveEventsPerSecond());
    report.put("customersWithATrait", generator.reportFile().toAbsolutePath().toString());
    return report;
  }
}
