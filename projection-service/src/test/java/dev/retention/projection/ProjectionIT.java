package dev.retention.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.topics.Topics;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two projection instances against one broker, fed records produced to the input topics as the upstream services
 * write them: both answer every key (one of them by routing to the other), the same lists and the same stats; when
 * one instance goes away, the other still answers every key.
 */
@KafkaCluster
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ProjectionIT {

  private static final int CUSTOMERS = 24;
  private static final Duration WAIT = Duration.ofSeconds(60);

  private ProjectionServer a;
  private ProjectionServer b;

  @BeforeAll
  void startTwoInstances(TestKafka kafka, @TempDir Path dir) {
    TestCluster.createTopics(kafka);
    Path keys = TestCluster.keyFile(dir);
    String applicationId = kafka.uniqueApplicationId("projection");
    a = TestCluster.start(kafka, applicationId, dir.resolve("a"), keys);
    b = TestCluster.start(kafka, applicationId, dir.resolve("b"), keys);
    DemoData.produce(kafka, CUSTOMERS);
    kafka.produce(Topics.CASES.name(), Topics.CASES.keySerde().serializer(), Topics.CASES.valueSerde().serializer(),
        List.of(TimedRecord.of("case-1", Fixtures.caseOpened("case-1", DemoData.id(0), Fixtures.days(42), "HIGH"),
                Fixtures.days(42)),
            TimedRecord.of("case-1", Fixtures.caseClosed("case-1", DemoData.id(0), Fixtures.days(50), "RETAINED"),
                Fixtures.days(50))));
    await().atMost(WAIT).untilAsserted(() -> {
      for (ProjectionServer s : List.of(a, b)) {
        JsonNode kpis = HttpGet.json(s.httpUri(), "/v1/kpis");
        assertThat(kpis.get("customersWithPurchases").asLong()).isEqualTo(CUSTOMERS);
        assertThat(kpis.get("npsResponses").asLong()).isEqualTo(CUSTOMERS);
        assertThat(kpis.get("openWarnings").asLong()).isEqualTo(CUSTOMERS / 4);
        assertThat(kpis.get("casesRetained").asLong()).isEqualTo(1);
      }
    });
  }

  @AfterAll
  void stop() {
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
  }

  @Test
  @Order(1)
  void shouldAnswerEveryKeyOnBothInstances() {
    // the keys are spread over both instances, so each instance routes some lookups to the other
    assertThat(java.util.stream.IntStream.range(0, CUSTOMERS).mapToObj(i -> a.app().streams()
        .queryMetadataForKey(dev.retention.projection.stream.ProjectionStores.CUSTOMER_360, DemoData.id(i),
            new org.apache.kafka.common.serialization.StringSerializer()).activeHost()).distinct())
        .containsExactlyInAnyOrder(a.self(), b.self());
    for (ProjectionServer s : List.of(a, b)) {
      for (int i = 0; i < CUSTOMERS; i++) {
        JsonNode c = HttpGet.json(s.httpUri(), "/v1/customers/" + DemoData.id(i));
        assertThat(c.get("customerId").asText()).isEqualTo(DemoData.id(i));
        assertThat(c.at("/value/valueTier").asText()).isEqualTo(DemoData.TIERS[i % 3].name());
        assertThat(c.at("/profile/name").asText()).isEqualTo("Customer " + i);
        assertThat(c.get("timeline")).hasSize(3);
        if (DemoData.atRisk(i)) {
          assertThat(c.at("/whyAtRisk/0/explanation").asText()).startsWith("No purchase for 120 days");
          assertThat(c.at("/whyAtRisk/0/eventIds/0").asText()).isEqualTo(DemoData.id(i) + "-p2");
          assertThat(c.at("/openWarning/warningId").asText()).isEqualTo("w-" + DemoData.id(i));
        }
      }
    }
  }

  @Test
  @Order(2)
  void shouldGiveTheSameListsAndStatsOnBothInstances() {
    List<String> pagesA = allPages(a.httpUri(), "/v1/segments?limit=5");
    List<String> pagesB = allPages(b.httpUri(), "/v1/segments?limit=5");
    assertThat(pagesA).hasSize(CUSTOMERS).doesNotHaveDuplicates().isEqualTo(pagesB);
    List<String> atRisk = allPages(a.httpUri(), "/v1/segments?risk=HIGH&limit=2");
    assertThat(atRisk).hasSize(CUSTOMERS / 4).isEqualTo(allPages(b.httpUri(), "/v1/segments?risk=HIGH&limit=2"));
    assertThat(allPages(a.httpUri(), "/v1/segments?category=books&tier=HIGH&limit=3"))
        .containsExactly("cust-000", "cust-006", "cust-012", "cust-018");

    for (String path : List.of("/v1/stats/tiers", "/v1/stats/lifecycle", "/v1/stats/nps?granularity=month",
        "/v1/stats/warnings?granularity=day", "/v1/kpis", "/v1/cohorts/retention?granularity=month",
        "/v1/reports/effectiveness?quarter=2026-Q3")) {
      assertThat(withoutStale(HttpGet.json(a.httpUri(), path))).as(path)
          .isEqualTo(withoutStale(HttpGet.json(b.httpUri(), path)));
    }
    JsonNode tiers = HttpGet.json(a.httpUri(), "/v1/stats/tiers");
    assertThat(tiers.at("/tiers/0/tier").asText()).isEqualTo("HIGH");
    assertThat(tiers.at("/tiers/0/customers").asLong()).isEqualTo(CUSTOMERS / 3);
    JsonNode cohorts = HttpGet.json(a.httpUri(), "/v1/cohorts/retention?granularity=month");
    assertThat(cohorts.at("/cohorts/0/cohort").asText()).isEqualTo("2026-07");
    assertThat(cohorts.at("/cohorts/0/size").asLong()).isEqualTo(CUSTOMERS);
    assertThat(cohorts.at("/cohorts/0/retention/1").decimalValue()).isEqualByComparingTo("1");
    JsonNode report = HttpGet.json(a.httpUri(), "/v1/reports/effectiveness?quarter=2026-Q3");
    JsonNode high = report.get("tiers").get(0);
    assertThat(high.get("tier").asText()).isEqualTo("HIGH");
    assertThat(high.get("casesRetained").asLong()).isEqualTo(1);
    assertThat(high.get("saveRate").decimalValue()).isEqualByComparingTo("1");
  }

  @Test
  @Order(3)
  void shouldStreamTheWholeSegmentAsCsv() {
    HttpResponse<String> csv = HttpGet.get(b.httpUri(), "/v1/segments?tier=HIGH", TestCluster.KEY, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines()).hasSize(1 + CUSTOMERS / 3).first().asString().startsWith("customerId,tier");
  }

  @Test
  @Order(4)
  void shouldRefuseBadRequestsWithProblems() {
    HttpResponse<String> unknown = HttpGet.get(a.httpUri(), "/v1/customers/nobody", TestCluster.KEY, "*/*");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    HttpResponse<String> badTier = HttpGet.get(a.httpUri(), "/v1/segments?tier=GOLD", TestCluster.KEY, "*/*");
    assertThat(badTier.statusCode()).isEqualTo(400);
    assertThat(badTier.body()).contains("\"parameter\":\"tier\"");
    HttpResponse<String> badCursor = HttpGet.get(a.httpUri(), "/v1/segments?cursor=zzz", TestCluster.KEY, "*/*");
    assertThat(badCursor.body()).contains("\"parameter\":\"cursor\"");
    assertThat(HttpGet.get(a.httpUri(), "/v1/stats/nps?granularity=week", TestCluster.KEY, "*/*").body())
        .contains("\"parameter\":\"granularity\"");
    assertThat(HttpGet.get(a.httpUri(), "/v1/reports/effectiveness?quarter=Q3", TestCluster.KEY, "*/*").body())
        .contains("\"parameter\":\"quarter\"");
    assertThat(HttpGet.get(a.httpUri(), "/v1/kpis", null, "*/*").statusCode()).isEqualTo(401);
    assertThat(HttpGet.get(a.httpUri(), "/v1/kpis", "wrong-key-0123456789", "*/*").statusCode()).isEqualTo(403);
    assertThat(HttpGet.get(a.httpUri(), "/internal/v1/tallies?store=projection-tallies", null, "*/*").statusCode())
        .isEqualTo(401);
    assertThat(HttpGet.get(a.httpUri(), "/health/ready", null, "*/*").statusCode()).isEqualTo(200);
    assertThat(HttpGet.get(a.httpUri(), "/metrics", null, "*/*").body()).contains("kafka_stream");
    assertThat(HttpGet.json(a.httpUri(), "/openapi.json").at("/paths/~1v1~1segments/get/summary").asText())
        .contains("cursor");
    HttpResponse<String> html = HttpGet.get(a.httpUri(), "/v1/reports/effectiveness?quarter=2026-Q3",
        TestCluster.KEY, "text/html");
    assertThat(html.body()).contains("<table id=\"tiers\">", "<td>HIGH</td>");
  }

  @Test
  @Order(5)
  void shouldStreamWarningsAndResumeAfterTheLastEventId() throws Exception {
    List<String> first = sse(a.httpUri(), null, CUSTOMERS / 4);
    assertThat(first).hasSize(CUSTOMERS / 4).allSatisfy(id -> assertThat(id).endsWith("/raised"));
    List<String> rest = sse(a.httpUri(), first.get(2), CUSTOMERS / 4 - 3);
    assertThat(rest).containsExactlyInAnyOrderElementsOf(first.subList(3, first.size()));
  }

  @Test
  @Order(6)
  void shouldAnswerFromStandbysMarkedStaleWhenAnOwnerCannotBeReached() {
    List<String> ownedByB = java.util.stream.IntStream.range(0, CUSTOMERS).mapToObj(DemoData::id)
        .filter(id -> a.app().streams().queryMetadataForKey(
            dev.retention.projection.stream.ProjectionStores.CUSTOMER_360, id,
            new org.apache.kafka.common.serialization.StringSerializer()).activeHost().equals(b.self()))
        .toList();
    assertThat(ownedByB).isNotEmpty();
    b.stopHttp();
    for (String id : ownedByB) {
      HttpResponse<String> r = HttpGet.get(a.httpUri(), "/v1/customers/" + id, TestCluster.KEY, "application/json");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.headers().firstValue("X-Projection-Stale")).contains("true");
      assertThat(r.body()).contains("\"stale\":true", id);
    }
    JsonNode page = HttpGet.json(a.httpUri(), "/v1/segments?limit=100");
    assertThat(page.get("items")).hasSize(CUSTOMERS);
    assertThat(page.get("stale").asBoolean()).isTrue();
    assertThat(HttpGet.get(a.httpUri(), "/metrics", null, "*/*").body())
        .containsPattern("projection_key_lookups_total\\{[^}]*route=\"routed\"[^}]*} [1-9]")
        .containsPattern("projection_stale_answers_total\\{[^}]*} [1-9]");
  }

  @Test
  @Order(7)
  void shouldStillAnswerEveryKeyWhenOneInstanceIsGone() {
    b.close();
    await().atMost(WAIT).untilAsserted(() -> {
      for (int i = 0; i < CUSTOMERS; i++) {
        HttpResponse<String> r = HttpGet.get(a.httpUri(), "/v1/customers/" + DemoData.id(i), TestCluster.KEY,
            "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      }
    });
    assertThat(allPages(a.httpUri(), "/v1/segments?limit=7")).hasSize(CUSTOMERS);
    b = null;
  }

  /** The figures only: whether an answer is marked stale depends on each instance's state at that moment. */
  private static JsonNode withoutStale(JsonNode answer) {
    ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove("stale");
    return answer;
  }

  private static List<String> allPages(URI base, String path) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = HttpGet.json(base, path + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("items").forEach(r -> ids.add(r.get("customerId").asText()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    return ids;
  }

  /** The ids of the first {@code count} SSE events. */
  private static List<String> sse(URI base, String lastEventId, int count) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/v1/warnings/stream"))
        .header("X-API-Key", TestCluster.KEY).header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String line;
      while (ids.size() < count && (line = lines.readLine()) != null) {
        if (line.startsWith("id:")) {
          ids.add(line.substring(3).strip());
        }
      }
    }
    return ids;
  }
}
