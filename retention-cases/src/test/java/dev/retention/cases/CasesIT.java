package dev.retention.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.cases.care.JdbcCareCustomers;
import dev.retention.cases.config.CasesConfig;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ChurnWarningRaised;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SalesChannel;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Settings;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.MutableClock;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service end to end on a real broker, once on embedded H2 and once on PostgreSQL (127.0.0.1:5432/test, a schema
 * of its own): a warning on Kafka opens one case (twice delivered), commands over HTTP, case events on the cases
 * topic, consent from the customers topic refusing outreach, a follow-up deadline that fires after a restart, and a
 * purchase that closes the case RETAINED and shows in the KPIs.
 */
@KafkaCluster
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class CasesIT {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final String AGENT_KEY = "ann-key-0123456789abcdef";
  private static final String MANAGER_KEY = "mia-key-0123456789abcdef";
  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final TestKafka kafka;
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir
  Path dir;

  CasesIT(TestKafka kafka) {
    this.kafka = kafka;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgres"})
  void shouldWorkACaseFromWarningToRetainedAcrossARestart(String db) throws Exception {
    String schema = "rc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String jdbcUrl = db.equals("h2") ? "jdbc:h2:file:" + dir.resolve("cases")
        : PG_URL + "?currentSchema=" + schema;
    if (db.equals("postgres")) {
      pg("CREATE SCHEMA " + schema);
    }
    try {
      run(config(jdbcUrl, db.equals("h2") ? "sa" : "postgres"));
    } finally {
      if (db.equals("postgres")) {
        pg("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private void run(CasesConfig config) throws Exception {
    MutableClock clock = new MutableClock(T0);
    String warningId = "w-" + UUID.randomUUID();
    String caseId = "case-" + warningId;
    String blockedWarning = "w-" + UUID.randomUUID();
    String blockedCase = "case-" + blockedWarning;
    try (CasesServer server = CasesServer.start(config, clock)) {
      URI base = server.httpUri();
      // a withdrawn consent for c-2 arrives on the customers topic
      kafka.produce(config.topics().customers(), new StringSerializer(), Topics.CUSTOMERS.valueSerde().serializer(),
          List.of(TimedRecord.of("c-2", CustomerProfile.unknown("c-2").apply(CloudEvent.of("e-c2", "crm", "c-2",
              T0.minusSeconds(3600), new ConsentChanged(null, null, ConsentStatus.WITHDRAWN))), T0)));
      // the same warning twice (a re-delivery), and one for c-2
      ChurnWarning warning = raised(warningId, "c-1");
      kafka.produce(config.topics().warnings(), new StringSerializer(),
          Topics.CHURN_WARNINGS.valueSerde().serializer(), List.of(TimedRecord.of("c-1", warning, T0),
              TimedRecord.of("c-1", warning, T0), TimedRecord.of("c-2", raised(blockedWarning, "c-2"), T0)));

      awaitCaseEvent(config, caseId, "retention.case.opened.v1");
      awaitCaseEvent(config, blockedCase, "retention.case.opened.v1");

      assertThat(post(base, caseId, "owner", MANAGER_KEY, "{\"owner\":\"ann\",\"manager\":\"mia\"}").statusCode())
          .isEqualTo(200);
      HttpResponse<String> outreach = post(base, caseId, "outreach", AGENT_KEY,
          "{\"channel\":\"PHONE\",\"purpose\":\"CARE\",\"result\":\"REACHED\",\"note\":\"will think about it\"}");
      assertThat(outreach.statusCode()).as(outreach.body()).isEqualTo(200);
      assertThat(post(base, caseId, "incentives", AGENT_KEY, "{\"kind\":\"coupon\",\"value\":\"15.00\"}")
          .statusCode()).isEqualTo(200);

      // bad input names the field; unknown case is 404; agents act only on their own cases
      HttpResponse<String> bad = post(base, caseId, "close", AGENT_KEY, "{\"outcome\":\"MAYBE\"}");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(json(bad).at("/errors/0/pointer").asText()).isEqualTo("/outcome");
      HttpResponse<String> missing = post(base, caseId, "incentives", AGENT_KEY, "{\"value\":\"1\"}");
      assertThat(missing.statusCode()).isEqualTo(422);
      assertThat(json(missing).at("/errors/0/pointer").asText()).isEqualTo("/kind");
      assertThat(post(base, "case-nope", "close", MANAGER_KEY, "{\"outcome\":\"LOST\"}").statusCode())
          .isEqualTo(404);
      assertThat(post(base, blockedCase, "escalations", AGENT_KEY, "{\"reason\":\"x\"}").statusCode())
          .isEqualTo(403);
      assertThat(get(base, "/v1/cases", "wrong-key-0123456789abcdef").statusCode()).isEqualTo(403);

      // consent withdrawn on the customers topic: refused with the reason
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        HttpResponse<String> refused = post(base, blockedCase, "outreach", MANAGER_KEY,
            "{\"channel\":\"EMAIL\",\"purpose\":\"CARE\",\"result\":\"REACHED\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("code").asText()).isEqualTo("contact-refused");
        assertThat(json(refused).get("detail").asText()).startsWith("DO_NOT_CONTACT");
      });

      // one case, one key, one partition: its events arrive in order, the incentive last
      List<ConsumerRecord<String, String>> events = awaitCaseEvent(config, caseId,
          "retention.case.incentive-offered.v1");
      List<String> types = events.stream().filter(r -> r.key().equals(caseId))
          .map(r -> json(r.value()).get("type").asText()).toList();
      assertThat(types).containsExactly("retention.case.opened.v1", "retention.case.owner-assigned.v1",
          "retention.case.outreach-logged.v1", "retention.case.follow-up-scheduled.v1",
          "retention.case.incentive-offered.v1");
      JsonNode opened = json(events.get(0).value());
      assertThat(opened.get("caseId").asText()).isEqualTo(caseId);
      assertThat(opened.get("customerId").asText()).isEqualTo("c-1");
      assertThat(opened.get("warningId").asText()).isEqualTo(warningId);
      assertThat(opened.get("valueTier").asText()).isEqualTo("HIGH");
      assertThat(opened.get("playbook").asText()).isEqualTo("high-value-csm");
      assertThat(Instant.parse(opened.get("at").asText())).isEqualTo(T0);
      assertThat(events).allSatisfy(r -> assertThat(r.value()).doesNotContain("dev.retention"));

      // the agent's list, once the projection caught up
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        JsonNode mine = json(get(base, "/v1/cases", AGENT_KEY));
        assertThat(mine.at("/cases/0/caseId").asText()).isEqualTo(caseId);
        assertThat(mine.at("/cases/0/firstContactAt").asText()).isEqualTo(T0.toString());
      });
      // the care calendar: c-1 is HIGH, and a configured holiday is three days ahead
      new JdbcCareCustomers(server.engine().sql()).putTier("c-1", ValueTier.HIGH);
      String taskId = "c-1/spring-day/2026-03-05";
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
          json(get(base, "/v1/care-tasks?status=PLANNED", AGENT_KEY)).at("/tasks/0/taskId").asText())
          .isEqualTo(taskId));
      HttpResponse<String> done = http.send(HttpRequest.newBuilder(base.resolve("/v1/care-tasks/done?taskId="
              + taskId)).header("X-API-Key", AGENT_KEY).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
      assertThat(json(done).get("status").asText()).isEqualTo("DONE");

      JsonNode detail = json(get(base, "/v1/cases/" + caseId, AGENT_KEY));
      assertThat(detail.get("events")).hasSize(5);
      assertThat(get(base, "/v1/cases/case-nope", AGENT_KEY).statusCode()).isEqualTo(404);
    }

    // down for eight days: the weekly follow-up (due T0 + 7 d) was missed while the service was stopped
    clock.advance(Duration.ofDays(8));
    try (CasesServer restarted = CasesServer.start(config, clock)) {
      URI base = restarted.httpUri();
      List<ConsumerRecord<String, String>> escalated = awaitCaseEvent(config, caseId,
          "retention.case.escalated.v1");
      JsonNode escalation = json(escalated.get(escalated.size() - 1).value());
      assertThat(escalation.get("reason").asText()).isEqualTo("FOLLOW_UP_MISSED");
      assertThat(escalation.get("escalatedTo").asText()).isEqualTo("mia");
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
          assertThat(json(get(base, "/v1/cases/overdue", MANAGER_KEY)).at("/cases").toString()).contains(caseId));

      // the customer buys again within the outcome window: RETAINED
      kafka.produce(config.topics().interactions(), new StringSerializer(),
          Topics.INTERACTIONS.valueSerde().serializer(), List.of(TimedRecord.of("c-1", CloudEvent.of("p-1", "shop",
              "c-1", T0.plus(Duration.ofDays(8)), new PurchaseCompleted("o-1", OrderKind.ORDER,
                  Money.of("40.00", "EUR"), List.of(), SalesChannel.WEB)), T0.plus(Duration.ofDays(8)))));
      List<ConsumerRecord<String, String>> closed = awaitCaseEvent(config, caseId, "retention.case.closed.v1");
      JsonNode close = json(closed.get(closed.size() - 1).value());
      assertThat(close.get("outcome").asText()).isEqualTo("RETAINED");
      assertThat(close.get("playbook").asText()).isEqualTo("high-value-csm");
      assertThat(post(base, caseId, "close", MANAGER_KEY, "{\"outcome\":\"LOST\"}").statusCode()).isEqualTo(409);

      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        JsonNode kpis = json(get(base, "/v1/kpis", MANAGER_KEY));
        assertThat(kpis.at("/saveRates/0/playbook").asText()).isEqualTo("high-value-csm");
        assertThat(kpis.at("/saveRates/0/saveRate").asDouble()).isEqualTo(1.0);
        assertThat(kpis.at("/firstContact/0/contacted").asLong()).isEqualTo(1);
      });
      String metrics = get(base, "/metrics", null).body();
      assertThat(metrics).contains("retention_cases_save_rate{").contains("playbook=\"high-value-csm\"")
          .contains("retention_cases_open{");
      assertThat(get(base, "/health/ready", null).statusCode()).isEqualTo(200);
    }
  }

  private CasesConfig config(String jdbcUrl, String user) throws IOException {
    Path users = dir.resolve("users.txt");
    Files.writeString(users, "ann=agent:" + AGENT_KEY + "\nmia=manager:" + MANAGER_KEY + "\n");
    Map<String, String> values = new HashMap<>();
    values.put("cases.jdbc.url", jdbcUrl);
    values.put("cases.jdbc.user", user);
    values.put("cases.api-users.file", users.toString());
    values.put("kafka.bootstrap.servers", kafka.bootstrapServers());
    values.put("cases.consumer.group", kafka.uniqueGroupId("cases"));
    values.put("cases.deadlines.poll-interval", "200ms");
    values.put("http.port", "0");
    values.put("cases.care.holidays", "03-05=spring-day");
    values.put("cases.care.sweep-interval", "200ms");
    values.put("http.host", "127.0.0.1");
    for (String topic : List.of("warnings", "customers", "interactions", "customer-value", "cases")) {
      String name = kafka.uniqueTopic(topic);
      kafka.createTopic(name, 3);
      values.put("cases.topic." + topic, name);
    }
    return CasesConfig.from(Settings.of(ConfigSource.overrides(values)).resolve(CasesConfig.settings()));
  }

  private List<ConsumerRecord<String, String>> awaitCaseEvent(CasesConfig config, String caseId, String type) {
    return kafka.awaitRecords(config.topics().cases(), new StringDeserializer(), new StringDeserializer(),
        records -> records.stream().anyMatch(r -> caseId.equals(r.key())
            && type.equals(json(r.value()).path("type").asText())),
        type + " of " + caseId, Duration.ofSeconds(60))
        .stream().filter(r -> caseId.equals(r.key())).toList();
  }

  private static ChurnWarning raised(String warningId, String customer) {
    return new ChurnWarningRaised(warningId + "/raised", warningId, customer, T0.minusSeconds(600), "d1", null,
        RiskLevel.HIGH, 75, List.of(new RiskReason(RiskSignal.values()[0], 75, "quiet for 90 days", T0.minusSeconds(900), null, null)),
        ValueTier.HIGH);
  }

  private HttpResponse<String> post(URI base, String caseId, String action, String key, String body)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve("/v1/cases/" + caseId + "/" + action))
        .header("X-API-Key", key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(URI base, String path, String key) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  private static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static void pg(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
