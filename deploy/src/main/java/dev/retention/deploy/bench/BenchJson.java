package dev.retention.deploy.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.retention.contracts.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link BenchRun} as JSON, for {@code --json FILE}. */
public final class BenchJson {

  private BenchJson() {}

  public static String of(BenchRun run) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("startedAt", run.startedAt().toString());
    json.put("machine", Map.of("cores", run.machine().cores(), "memoryBytes", run.machine().memoryBytes(),
        "java", run.machine().java(), "os", run.machine().os(), "loadAverage", run.machine().loadAverage()));
    json.put("broker", run.broker());
    json.put("settings", new LinkedHashMap<>(run.settings()));
    json.put("meanEventBytes", run.meanEventBytes());
    json.put("phases", run.phases().stream().map(BenchJson::phase).toList());
    Map<String, Double> ratios = new LinkedHashMap<>();
    run.ratios().forEach(r -> ratios.put(r.phase(), r.value()));
    json.put("ratiosToRawProducer", ratios);
    json.put("targets", run.targets().stream().map(t -> {
      Map<String, Object> target = new LinkedHashMap<>();
      target.put("phase", t.phase());
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

  public static void write(BenchRun run, Path file) {
    try {
      Files.writeString(file, of(run) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> phase(PhaseResult p) {
    Map<String, Object> phase = new LinkedHashMap<>();
    phase.put("name", p.name());
    phase.put("events", p.events());
    phase.put("seconds", p.seconds());
    phase.put("eventsPerSecond", p.eventsPerSecond());
    phase.put("megabytesPerSecond", p.megabytesPerSecond());
    phase.put("p50Millis", p.p50Millis());
    phase.put("p99Millis", p.p99Millis());
    phase.put("otherProcessesCores", p.otherCores());
    phase.put("notes", List.copyOf(p.notes()));
    return phase;
  }
}
