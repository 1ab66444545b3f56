package dev.retention.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.json.Json;
import dev.retention.deploy.bench.ProjectionRun.Phase;
import dev.retention.projection.ProjectionServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Segment pages of 100, {@code GET /v1/segments?...&limit=100}, one at a time: walks of up to
 * {@value #PAGES_PER_WALK} pages (the first, then each with the previous page's cursor) over a rotation of filters
 * (by tier, tier and risk, tier, risk and stage, category, category and tier), the walks alternating between the two
 * instances. Every page is gathered from both instances, whichever is asked.
 */
final class ProjectionPagePhase {

  static final String NAME = "segment pages";
  static final int LIMIT = 100;
  static final int PAGES_PER_WALK = 10;
  static final List<String> FILTERS = List.of("tier=HIGH", "tier=MEDIUM", "tier=LOW", "tier=HIGH&risk=HIGH",
      "tier=LOW&risk=NONE&stage=LAPSED", "category=books", "category=electronics&tier=HIGH");

  private final ProjectionCluster cluster;
  private final ProjectionHttp http;

  ProjectionPagePhase(ProjectionCluster cluster, ProjectionHttp http) {
    this.cluster = cluster;
    this.http = http;
  }

  Phase run(int pages, CpuMeter cpu) {
    int warmup = Math.max(100, pages / 10);
    ProjectionLatencies ignored = new ProjectionLatencies();
    walk(warmup, 0, ignored, ignored, ignored);
    ProjectionLatencies first = new ProjectionLatencies();
    ProjectionLatencies next = new ProjectionLatencies();
    ProjectionLatencies all = new ProjectionLatencies();
    Map<String, Duration> before = cpu.read();
    long start = System.nanoTime();
    long shortPages = walk(pages, 1, first, next, all);
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuMeter.Usage usage = CpuMeter.usage(before, cpu.read(), seconds, Map.of());
    return new Phase(NAME, seconds, List.of(
        first.series(ProjectionRun.PAGE_FIRST, "GET /v1/segments?<filter>&limit=100, first page"),
        next.series(ProjectionRun.PAGE_NEXT, "the same with the previous page's cursor"),
        all.series(ProjectionRun.PAGE_ALL, "every page of 100")),
        List.of(String.format(Locale.ROOT, "%,d pages one at a time after %,d not counted, in walks of up to %d "
                + "pages over the filters %s; a 200 with a full page (or the last of its segment) is a success",
                pages, warmup, PAGES_PER_WALK, String.join(", ", FILTERS)),
            String.format(Locale.ROOT, "%,d pages were the end of their segment, shorter than %d", shortPages,
                LIMIT)),
        "while measured, " + usage.describe(), usage.otherProcesses(), 0);
  }

  /** Fetches {@code pages} pages; returns how many were a segment's last, shorter page. */
  private long walk(int pages, int walkSeed, ProjectionLatencies first, ProjectionLatencies next,
      ProjectionLatencies all) {
    int done = 0;
    long shortPages = 0;
    for (int w = walkSeed; done < pages; w++) {
      String filter = FILTERS.get(w % FILTERS.size());
      ProjectionServer instance = cluster.instances().get(w % 2);
      String cursor = null;
      for (int k = 0; k < PAGES_PER_WALK && done < pages; k++) {
        String path = "/v1/segments?" + filter + "&limit=" + LIMIT
            + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        ProjectionHttp.Reply reply = http.get(cluster.uri(instance), path);
        JsonNode page = reply.ok() ? parse(reply.body()) : null;
        int items = page == null ? 0 : page.path("items").size();
        cursor = page == null || page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        boolean ok = page != null && (items == LIMIT || cursor == null);
        (k == 0 ? first : next).add(reply.nanos(), ok);
        all.add(reply.nanos(), ok);
        done++;
        if (ok && items < LIMIT) {
          shortPages++;
        }
        if (cursor == null) {
          break;
        }
      }
    }
    return shortPages;
  }

  private static JsonNode parse(String body) {
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("a segment page is not JSON: " + e.getMessage(), e);
    }
  }
}
