package dev.retention.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.stream.ValidatorCounts;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service on a real broker, as an upstream system sees it: events posted over HTTP (single, batch, a
 * retry, a bad one) end up validated, once, on the interactions and customers topics; every event is accounted for
 * at the gateway and at the validator.
 */
@KafkaCluster
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class IngestionServiceIT {

  private static final String KEY = "shop-key-0123456789abcdef";
  private static final String PURCHASE = """
      {"specversion":"1.0","id":"%s","source":"shop/eu-1","type":"retention.purchase.completed.v1",
       "subject":"%s","time":"2026-03-01T09:30:00Z",
       "data":{"orderId":"%s","kind":"ORDER","total":{"amount":"%s","currency":"EUR"}}}""";
  private static final String REGISTERED = """
      {"specversion":"1.0","id":"reg-1","source":"shop/eu-1","type":"retention.customer.registered.v1",
       "subject":"c-2","time":"2026-02-01T08:00:00Z","data":{"name":"Ada","email":"ada@example.com"}}""";

  private final HttpClient http = HttpClient.newHttpClient();

  private static String purchase(String id, String customer, String amount) {
    return PURCHASE.formatted(id, customer, id, amount).replace("\n", "");
  }

  private HttpResponse<String> post(URI base, String path, String contentType, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", contentType)
        .header("Authorization", "Bearer " + KEY)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(URI base, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldTakeEventsOverHttpValidateThemOnceAndAccountForEveryOne(TestKafka kafka, @TempDir Path dir)
      throws Exception {
    Path keys = Files.writeString(dir.resolve("api-keys"), "shop=" + KEY + "\n");
    ConfigValues values = Settings.of(ConfigSource.overrides(Map.of(
        "kafka.bootstrap.servers", kafka.bootstrapServers(),
        "streams.application.id", kafka.uniqueApplicationId("ingestion"),
        "streams.state.dir", dir.resolve("state").toString(),
        "streams.commit.interval", "100ms",
        "http.host", "127.0.0.1",
        "http.port", "0",
        "gateway.api-keys.file", keys.toString()))).resolve(IngestionService.settings());

    try (IngestionService service = IngestionService.start(values, Clock.systemUTC())) {
      URI base = service.httpUri();
      assertThat(get(base, "/health/ready").statusCode()).isEqualTo(200);

      String first = purchase("o-1", "c-1", "59.97");
      assertThat(post(base, "/v1/events", "application/cloudevents+json", first).statusCode()).isEqualTo(202);
      // a client retry of the same event: accepted again over HTTP, de-duplicated downstream
      assertThat(post(base, "/v1/events", "application/cloudevents+json", first).statusCode()).isEqualTo(202);
      String batch = String.join("\n", purchase("o-2", "c-1", "10.00"), purchase("o-3", "c-2", "5.50"),
          purchase("o-4", "c-2", "-1"));
      HttpResponse<String> batchAnswer = post(base, "/v1/events:batch", "application/x-ndjson", batch);
      assertThat(batchAnswer.statusCode()).isEqualTo(207);
      assertThat(batchAnswer.body()).contains("\"accepted\":2").contains("\"rejected\":1");
      assertThat(post(base, "/v1/events", "application/cloudevents+json", REGISTERED).statusCode())
          .isEqualTo(202);

      List<ConsumerRecord<String, CloudEvent>> interactions = kafka.awaitRecords(Topics.INTERACTIONS.name(),
          Topics.INTERACTIONS.keySerde().deserializer(), Topics.INTERACTIONS.valueSerde().deserializer(), 3,
          Duration.ofSeconds(60));
      ConsumerRecord<String, CustomerProfile> profile = kafka.awaitRecord(Topics.CUSTOMERS.name(),
          Topics.CUSTOMERS.keySerde().deserializer(), Topics.CUSTOMERS.valueSerde().deserializer(),
          r -> r.key().equals("c-2"), "the profile of c-2", Duration.ofSeconds(60));
      await().atMost(Duration.ofSeconds(60)).until(() -> service.validator().counts().in() == 5);

      ValidatorCounts counts = service.validator().counts();
      assertThat(interactions).extracting(r -> r.value().id()).containsExactlyInAnyOrder("o-1", "o-2", "o-3");
      assertThat(interactions).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().subject()));
      assertThat(profile.value().name()).isEqualTo("Ada");
      // 6 events posted = 5 accepted by the gateway + 1 refused; 5 validated = 4 accepted + 1 duplicate
      assertThat(counts.accepted()).isEqualTo(4);
      assertThat(counts.duplicates()).isEqualTo(1);
      assertThat(counts.rejected()).isZero();
      assertThat(counts.in()).isEqualTo(counts.accepted() + counts.rejected() + counts.duplicates());
      String scrape = get(base, "/metrics").body();
      assertThat(scrape).containsPattern("retention_gateway_events_accepted_total\\{[^}]*} 5.0");
      assertThat(scrape).containsPattern("retention_gateway_events_rejected_total\\{[^}]*reason=\"INVALID_EVENT\"[^}]*} 1.0");
      assertThat(scrape).contains("kafka_producer_");
    }
  }
}
