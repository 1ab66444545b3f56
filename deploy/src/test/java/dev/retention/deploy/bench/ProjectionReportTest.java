package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.json.Json;
import dev.retention.deploy.bench.ProjectionRun.Phase;
import dev.retention.deploy.bench.ProjectionRun.Population;
import dev.retention.deploy.bench.ProjectionRun.Series;
import dev.retention.deploy.bench.ProjectionRun.Target;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionReportTest {

  private static final MachineInfo MACHINE = new MachineInfo(2, 8L << 30, "OpenJDK 17", "Linux amd64", 0.5);

  @Test
  void shouldPrintEverySeriesTheRatiosAndTheTargets() throws Exception {
    ProjectionRun run = run(1_000_000, 5000, 0.02, 0, 400);
    String text = ProjectionReport.format(run);

    assertThat(text).contains("Projection benchmark, 2026-11-23T00:00:00Z", "machine    2 cores",
        "population 1,000,000 customers: 1,000,000 customer-value and 300,000 churn-risk records",
        "= 13,000 records/s");
    assertThat(text).containsPattern("lookup local +lookup local what +10,000 +1\\.00 +4\\.00 +20\\.00 +0");
    assertThat(text).containsPattern("lookup local +/ http floor +2\\.00 +2\\.00");
    assertThat(text).containsPattern("freshness 360 +/ raw kafka e2e +40\\.00 +20\\.00");
    assertThat(text).contains("PASS key lookup local p99 <= 10 ms", "PASS key lookup routed p99 <= 50 ms",
        "PASS segment page of 100 p99 <= 50 ms at 1M customers", "PASS freshness p99 <= 1 s at 5,000 events/s");
    assertThat(text).doesNotContain("WARNING");

    JsonNode json = Json.mapper().readTree(ProjectionReport.json(run));
    assertThat(json.at("/population/customers").asInt()).isEqualTo(1_000_000);
    assertThat(json.at("/phases/0/series/1/p99Millis").asDouble()).isEqualTo(4.0);
    assertThat(json.at("/targets/3/met").asBoolean()).isTrue();
    assertThat(json.at("/ratios/3/p99").asDouble()).isEqualTo(20.0);
  }

  @Test
  void shouldMissTargetsMeasuredBelowTheirSizeOrRateOrWithFailures() {
    List<Target> targets = run(20_000, 1000, 0.02, 0, 400).targets();
    assertThat(targets.get(2).met()).isFalse();
    assertThat(targets.get(2).measured()).contains("at 20,000 customers (fewer than 1M)");
    assertThat(targets.get(3).met()).isFalse();
    assertThat(targets.get(3).measured()).contains("at 1,000 events/s (below the target's rate)");

    List<Target> lost = run(1_000_000, 5000, 0.02, 3, 400).targets();
    assertThat(lost.get(3).met()).isFalse();
    assertThat(lost.get(3).measured()).contains("3 of 600 failed");

    assertThat(run(1_000_000, 5000, 0.02, 0, 1200).targets().get(3).met()).isFalse();
  }

  @Test
  void shouldWarnWhenOtherProcessesWereBusy() {
    assertThat(ProjectionReport.format(run(1_000_000, 5000, 0.6, 0, 400)))
        .contains("WARNING: other processes kept 0.60 cores busy during the freshness phase");
  }

  /** Fixed figures: lookups 1/4 ms local, HTTP floor 0.5/2 ms, raw Kafka 5/20 ms. */
  private static ProjectionRun run(int customers, int rate, double otherCores, long lostProbes,
      double freshnessP99) {
    Phase lookups = new Phase(ProjectionLookupPhase.NAME, 5, List.of(
        series(ProjectionRun.HTTP_FLOOR, 0.5, 2, 10_000, 0),
        series(ProjectionRun.LOOKUP_LOCAL, 1, 4, 10_000, 0),
        series(ProjectionRun.LOOKUP_ROUTED, 2, 8, 10_000, 0)), List.of("one at a time"), "cores busy", 0.01, 0);
    Phase pages = new Phase(ProjectionPagePhase.NAME, 4, List.of(
        series(ProjectionRun.PAGE_ALL, 10, 30, 2000, 0)), List.of(), "cores busy", 0.01, 0);
    Phase raw = new Phase(ProjectionRawPhase.NAME, 30, List.of(
        series(ProjectionRun.RAW_KAFKA, 5, 20, 150_000, 0)), List.of(), "cores busy", 0.01, rate);
    Phase fresh = new Phase(ProjectionFreshnessPhase.NAME, 30, List.of(
        series(ProjectionRun.FRESHNESS, 200, freshnessP99, 600 - lostProbes, lostProbes)), List.of(),
        "cores busy", otherCores, rate);
    return new ProjectionRun(Instant.parse("2026-11-23T00:00:00Z"), MACHINE, "private broker",
        Map.of("options", "--customers " + customers), new Population(customers, customers * 3L / 10,
        customers * 13L / 10, customers * 13L / 10 * 700, 20, 100), List.of(lookups, pages, raw, fresh));
  }

  private static Series series(String name, double p50, double p99, long count, long failed) {
    return new Series(name, name + " what", new Percentiles(count, p50, p99, p99 * 5), failed);
  }
}
