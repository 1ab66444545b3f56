package dev.retention.deploy.bench;

import dev.retention.deploy.bench.ProjectionRun.Phase;
import dev.retention.projection.ProjectionServer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Key lookups, {@code GET /v1/customers/{id}} of random customers, one at a time (latency, not throughput): every
 * other request goes to the instance that owns the key (local) and the rest to the other instance, which routes it to
 * the owner (routed). The reference is the HTTP floor of the same server: {@code GET /health/live}, which touches no
 * store, sent as often as the local lookups, interleaved with them.
 */
final class ProjectionLookupPhase {

  static final String NAME = "key lookups";

  private final ProjectionCluster cluster;
  private final ProjectionHttp http;
  private final int customers;

  ProjectionLookupPhase(ProjectionCluster cluster, ProjectionHttp http, int customers) {
    this.cluster = cluster;
    this.http = http;
    this.customers = customers;
  }

  Phase run(int lookups, long seed, CpuMeter cpu) {
    SplittableRandom random = new SplittableRandom(seed);
    ProjectionLatencies warm = new ProjectionLatencies();
    for (int i = 0; i < Math.max(1000, lookups / 10); i++) {
      round(i, random, warm, warm, warm);
    }
    ProjectionLatencies local = new ProjectionLatencies();
    ProjectionLatencies routed = new ProjectionLatencies();
    ProjectionLatencies floor = new ProjectionLatencies();
    Map<String, Duration> before = cpu.read();
    long start = System.nanoTime();
    for (int i = 0; i < lookups; i++) {
      round(i, random, local, routed, floor);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuMeter.Usage usage = CpuMeter.usage(before, cpu.read(), seconds, Map.of());
    return new Phase(NAME, seconds, List.of(
        floor.series(ProjectionRun.HTTP_FLOOR, "GET /health/live, same instances (reference)"),
        local.series(ProjectionRun.LOOKUP_LOCAL, "GET /v1/customers/{id} on the key's owner"),
        routed.series(ProjectionRun.LOOKUP_ROUTED, "GET /v1/customers/{id} on the other instance")),
        List.of(String.format(Locale.ROOT, "%,d lookups of random customers of %,d, one at a time after %,d not "
                + "counted, alternating local and routed, instances alternating; a 200 with the customer's 360 is "
                + "a success", lookups, customers, Math.max(1000, lookups / 10)),
            "latency from the send to the last byte of the body, HTTP/1.1 keep-alive, client in the benchmark JVM"),
        "while measured, " + usage.describe(), usage.otherProcesses(), 0);
  }

  private void round(int i, SplittableRandom random, ProjectionLatencies local, ProjectionLatencies routed,
      ProjectionLatencies floor) {
    String id = ProjectionPopulation.id(random.nextInt(customers));
    ProjectionServer owner = cluster.owner(id);
    boolean isLocal = i % 2 == 0;
    ProjectionServer target = isLocal ? owner : cluster.other(owner);
    ProjectionHttp.Reply reply = http.get(cluster.uri(target), "/v1/customers/" + id);
    (isLocal ? local : routed).add(reply.nanos(),
        reply.ok() && reply.body().contains("\"customerId\":\"" + id + "\""));
    if (isLocal) {
      ProjectionHttp.Reply live = http.get(cluster.uri(target), "/health/live");
      floor.add(live.nanos(), live.ok());
    }
  }
}
