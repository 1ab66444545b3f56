package dev.retention.deploy.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.retention.contracts.json.Json;
import dev.retention.deploy.bench.ProjectionRun.Phase;
import dev.retention.deploy.bench.ProjectionRun.Population;
import dev.retention.deploy.bench.ProjectionRun.Series;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link ProjectionRun} as the table the other benchmarks print, and as JSON for {@code --json FILE}. */
public final class ProjectionReport {

  private static final String ROW = "%-14s %-52s %8s %9s %9s %9s %7s%n";

  private ProjectionReport() {}

  public static String format(ProjectionRun run) {
    StringBuilder out = new StringBuilder();
    out.append("Projection benchmark, ").append(run.startedAt()).append('\n');
    out.append("  machine    ").append(run.machine().describe()).append('\n');
    out.append("  broker     ").append(run.broker()).append('\n');
    run.settings().forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-10s %s%n", k, v)));
    Population p = run.population();
    out.append(String.format(Locale.ROOT, "  population %,d customers: %,d customer-value and %,d churn-risk records "
            + "(%,.0f bytes each on average), produced in %.1f s, both instances caught up %.1f s after the first "
            + "send = %,.0f records/s%n", p.customers(), p.records() - p.risks(), p.risks(),
        p.bytes() / (double) Math.max(1, p.records()), p.produceSeconds(), p.catchUpSeconds(),
        p.recordsPerSecond()));
    out.append('\n');
    out.append(String.format(Locale.ROOT, ROW, "SERIES", "WHAT", "COUNT", "P50 MS", "P99 MS", "MAX MS", "FAILED"));
    for (Phase phase : run.phases()) {
      for (Series s : phase.series()) {
        out.append(String.format(Locale.ROOT, ROW, s.name(), s.what(),
            String.format(Locale.ROOT, "%,d", s.latency().count()), millis(s.latency().p50Millis()),
            millis(s.latency().p99Millis()), millis(s.latency().maxMillis()),
            String.format(Locale.ROOT, "%,d", s.failed())));
      }
    }
    run.busiestElsewhere().filter(ph -> ph.otherCores() >= BenchReport.BUSY_ELSEWHERE).ifPresent(ph -> out.append(
        String.format(Locale.ROOT, "WARNING: other processes kept %.2f cores busy during the %s phase; these "
            + "figures are disturbed, measure again on a quiet machine%n", ph.otherCores(), ph.name())));
    out.append('\n');
    for (Phase phase : run.phases()) {
      out.append(String.format(Locale.ROOT, "%s (%.1f s):%n", phase.name(), phase.seconds()));
      phase.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
      out.append("  - ").append(phase.usage()).append('\n');
    }
    out.append('\n');
    out.append("Ratios to the reference measured in the same run (p50, p99):\n");
    run.ratios().forEach(r -> out.append(String.format(Locale.ROOT, "  %-14s / %-14s %7.2f %7.2f%n", r.series(),
        r.reference(), r.p50(), r.p99())));
    out.append("Targets (informational):\n");
    run.targets().forEach(t -> out.append(String.format(Locale.ROOT, "  %-4s %-50s measured %s%n",
        t.met() ? "PASS" : "MISS", t.requirement(), t.measured())));
    return out.toString();
  }

  public static String json(ProjectionRun run) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("startedAt", run.startedAt().toString());
    json.put("machine", Map.of("cores", run.machine().cores(), "memoryBytes", run.machine().memoryBytes(),
        "java", run.machine().java(), "os", run.machine().os(), "loadAverage", run.machine().loadAverage()));
    json.put("broker", run.broker());
    json.put("settings", new LinkedHashMap<>(run.settings()));
    Population p = run.population();
    Map<String, Object> population = new LinkedHashMap<>();
    population.put("customers", p.customers());
    population.put("churnRisks", p.risks());
    population.put("records", p.records());
    population.put("bytes", p.bytes());
    population.put("produceSeconds", p.produceSeconds());
    population.put("catchUpSeconds", p.catchUpSeconds());
    population.put("recordsPerSecond", p.recordsPerSecond());
    json.put("population", population);
    json.put("phases", run.phases().stream().map(ProjectionReport::phase).toList());
    json.put("ratios", run.ratios().stream().map(r -> {
      Map<String, Object> ratio = new LinkedHashMap<>();
      ratio.put("series", r.series());
      ratio.put("reference", r.reference());
      ratio.put("p50", r.p50());
      ratio.put("p99", r.p99());
      return ratio;
    }).toList());
    json.put("targets", run.targets().stream().map(t -> {
      Map<String, Object> target = new LinkedHashMap<>();
      target.put("requirement", t.requirement());
      target.put("measured", t.measured());
      target.put("met", t.met());
      return target;
    }).toList());
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the results as JSON", e);
    }
  }

  public static void writeJson(ProjectionRun run, Path file) {
    try {
      Files.writeString(file, json(run) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> phase(Phase phase) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", phase.name());
    out.put("seconds", phase.seconds());
    if (phase.rate() > 0) {
      out.put("rate", phase.rate());
    }
    out.put("series", phase.series().stream().map(s -> {
      Map<String, Object> series = new LinkedHashMap<>();
      series.put("name", s.name());
      series.put("what", s.what());
      series.put("count", s.latency().count());
      series.put("failed", s.failed());
      series.put("p50Millis", s.latency().p50Millis());
      series.put("p99Millis", s.latency().p99Millis());
      series.put("maxMillis", s.latency().maxMillis());
      return series;
    }).toList());
    out.put("notes", List.copyOf(phase.notes()));
    out.put("usage", phase.usage());
    out.put("otherCores", phase.otherCores());
    return out;
  }

  private static String millis(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
