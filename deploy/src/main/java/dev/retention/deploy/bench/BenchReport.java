package dev.retention.deploy.bench;

import java.util.Locale;
import java.util.Map;

/** {@link BenchRun} as text: settings, machine, one table row per phase, notes, ratios and targets. */
public final class BenchReport {

  /** Cores busy with other work from which a run counts as disturbed. */
  static final double BUSY_ELSEWHERE = 0.1;

  private static final String ROW = "%-14s %11s %9s %11s %8s %9s %9s%n";

  private BenchReport() {}

  public static String format(BenchRun run) {
    StringBuilder out = new StringBuilder();
    out.append("Ingestion benchmark, ").append(run.startedAt()).append('\n');
    out.append("  machine    ").append(run.machine().describe()).append('\n');
    out.append("  broker     ").append(run.broker()).append('\n');
    for (Map.Entry<String, String> setting : run.settings().entrySet()) {
      out.append(String.format(Locale.ROOT, "  %-10s %s%n", setting.getKey(), setting.getValue()));
    }
    out.append(String.format(Locale.ROOT, "  payloads   %.0f bytes per event on average (key and value)%n",
        run.meanEventBytes()));
    out.append('\n');
    out.append(String.format(Locale.ROOT, ROW, "PHASE", "EVENTS", "SECONDS", "EVENTS/S", "MB/S", "P50 MS", "P99 MS"));
    for (PhaseResult p : run.phases()) {
      out.append(String.format(Locale.ROOT, ROW, p.name(), String.format(Locale.ROOT, "%,d", p.events()),
          String.format(Locale.ROOT, "%.2f", p.seconds()), String.format(Locale.ROOT, "%,.0f", p.eventsPerSecond()),
          String.format(Locale.ROOT, "%.1f", p.megabytesPerSecond()), millis(p.p50Millis()), millis(p.p99Millis())));
    }
    run.busiestElsewhere().filter(p -> p.otherCores() >= BUSY_ELSEWHERE).ifPresent(p -> out.append(String.format(
        Locale.ROOT, "WARNING: other processes kept %.2f cores busy during the %s phase; these figures are disturbed, "
            + "measure again on a quiet machine%n", p.otherCores(), p.name())));
    out.append('\n');
    for (PhaseResult p : run.phases()) {
      out.append(p.name()).append(":\n");
      p.notes().forEach(note -> out.append("  - ").append(note).append('\n'));
    }
    out.append('\n');
    out.append("Ratios to the raw producer (events/s):\n");
    run.ratios().forEach(r -> out.append(String.format(Locale.ROOT, "  %-14s %.3f (%.1f%%)%n", r.phase(), r.value(),
        r.value() * 100)));
    out.append("Targets (informational):\n");
    run.targets().forEach(t -> out.append(String.format(Locale.ROOT, "  %-4s %-14s %-28s measured %s%n",
        t.met() ? "PASS" : "MISS", t.phase(), t.requirement(), t.measured())));
    return out.toString();
  }

  private static String millis(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }
}
