package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchRunTest {

  private final BenchRun run = new BenchRun(Instant.parse("2026-11-22T10:00:00Z"),
      new MachineInfo(2, 8L << 30, "OpenJDK 17", "Linux amd64", 0.5), Map.of("events", "200,000"), "private broker",
      510, List.of(
          new PhaseResult(RawProducerPhase.NAME, 200_000, 4.0, 102_000_000, null, null, 0.01, List.of("raw note")),
          new PhaseResult(ValidatorPhase.NAME, 200_000, 20.0, 102_000_000, null, null, 0.3, List.of()),
          new PhaseResult(ServicePhase.NAME, 300_000, 20.0, 153_000_000, 40.0, 120.0, null, List.of()),
          new PhaseResult(GatewayPhase.NAME, 500_000, 20.0, 255_000_000, 20.0, 60.0, 0.0, List.of())));

  @Test
  void ratiosAreToTheRawProducer() {
    assertThat(run.ratios()).containsExactly(
        new BenchRun.Ratio(ValidatorPhase.NAME, 0.2),
        new BenchRun.Ratio(ServicePhase.NAME, 0.3),
        new BenchRun.Ratio(GatewayPhase.NAME, 0.5));
  }

  @Test
  void targetsSayWhatWasMetAndWhatWasMissed() {
    assertThat(run.targets()).extracting(BenchRun.Target::phase, BenchRun.Target::met).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ValidatorPhase.NAME, true),
        org.assertj.core.groups.Tuple.tuple(GatewayPhase.NAME, true),
        org.assertj.core.groups.Tuple.tuple(GatewayPhase.NAME, true),
        org.assertj.core.groups.Tuple.tuple(ServicePhase.NAME, false),
        org.assertj.core.groups.Tuple.tuple(ServicePhase.NAME, false));
  }

  @Test
  void theReportHasARowPerPhaseTheRatiosAndTheTargets() {
    String report = BenchReport.format(run);

    assertThat(report)
        .containsPattern("raw producer +200,000 +4\\.00 +50,000 +25\\.5 +- +-")
        .containsPattern("http gateway +500,000 +20\\.00 +25,000 +12\\.8 +20\\.0 +60\\.0")
        .containsPattern("validator +0\\.200 \\(20\\.0%\\)")
        .containsPattern("PASS +validator +>= 15% of raw producer +measured 20\\.0%")
        .containsPattern("MISS +http service +p99 <= 100 ms +measured 120\\.0 ms")
        .contains("  - raw note")
        .contains("WARNING: other processes kept 0.30 cores busy during the validator phase");
    assertThat(BenchJson.of(run)).contains("\"eventsPerSecond\" : 50000.0", "\"met\" : false");
  }

  @Test
  void theLoadGeneratorSendsOnlyToLoopback() {
    assertThatThrownBy(() -> new HttpLoadGenerator.Plan(URI.create("http://example.com/v1/events:batch"), 100, 1,
        Duration.ZERO, Duration.ofSeconds(1), 100, 100, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback");
    HttpLoadGenerator.Plan plan = new HttpLoadGenerator.Plan(URI.create("http://127.0.0.1:8081/v1/events:batch"), 100,
        8, Duration.ofSeconds(5), Duration.ofSeconds(20), 1_000_000, 200_000, 42, 1);
    assertThat(HttpLoadGenerator.Plan.parse(plan.toArgs().toArray(String[]::new))).isEqualTo(plan);
  }
}
