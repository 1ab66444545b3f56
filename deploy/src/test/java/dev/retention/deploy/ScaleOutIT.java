package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.churn.ChurnServer;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SalesChannel;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.IngestionService;
import dev.retention.projection.ProjectionServer;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.config.Settings;
import dev.retention.segmentation.SegmentationServer;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out on a replicated cluster (3 brokers + 1 controller, replication factor 3, min.insync.replicas 2): two
 * instances of each Streams service (ingestion, segmentation, churn, projections) share the work; one instance of
 * each is stopped while events keep coming; processing goes on, the survivors stay ready and answer queries, and at
 * the end every customer's value, and every customer 360 the surviving projection instance answers, equals an
 * independent recomputation from the input.
 */
@KafkaCluster(brokers = 3)
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class ScaleOutIT {

  private static final int CUSTOMERS = 120;
  private static final int EVENTS = 1_800;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final String KEY = "scale-key-0123456789abcdef";
  private static final String ANALYST = "analyst-key-0123456789abcdef";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldKeepProcessingWhenOneInstanceOfEachServiceStopsAndLoseOrDoubleNothing(TestKafka kafka,
      @TempDir Path dir) throws Exception {
    new TopicProvisioner(kafka.admin(), (short) 3).createMissing();
    assertReplicated(kafka);
    Path keys = Files.writeString(dir.resolve("api-keys"), "scale=" + KEY + "\n");
    String ingestionId = kafka.uniqueApplicationId("ingestion");
    String segmentationId = kafka.uniqueApplicationId("segmentation");
    String churnId = kafka.uniqueApplicationId("churn");
    String projectionId = kafka.uniqueApplicationId("projection");
    Path analysts = Files.writeString(dir.resolve("analysts"), "analyst=" + ANALYST + "\n");

    List<AutoCloseable> running = new ArrayList<>();
    try {
      IngestionService ingestionA = IngestionService.start(ingestion(kafka, ingestionId, dir.resolve("i-a"), keys),
          Clock.systemUTC());
      running.add(ingestionA);
      IngestionService ingestionB = IngestionService.start(ingestion(kafka, ingestionId, dir.resolve("i-b"), keys),
          Clock.systemUTC());
      running.add(ingestionB);
      SegmentationServer segmentationA = SegmentationServer.start(segmentation(kafka, segmentationId,
          dir.resolve("s-a")));
      running.add(segmentationA);
      SegmentationServer segmentationB = SegmentationServer.start(segmentation(kafka, segmentationId,
          dir.resolve("s-b")));
      running.add(segmentationB);
      ChurnServer churnA = ChurnServer.start(churn(kafka, churnId, dir.resolve("c-a")));
      running.add(churnA);
      ChurnServer churnB = ChurnServer.start(churn(kafka, churnId, dir.resolve("c-b")));
      running.add(churnB);
      ProjectionServer projectionA = ProjectionServer.start(projection(kafka, projectionId, dir.resolve("p-a"),
          analysts));
      running.add(projectionA);
      ProjectionServer projectionB = ProjectionServer.start(projection(kafka, projectionId, dir.resolve("p-b"),
          analysts));
      running.add(projectionB);

      Map<String, Expected> expected = new TreeMap<>();
      AtomicInteger sent = new AtomicInteger();
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(kafka), new StringSerializer(),
          new ByteArraySerializer())) {
        JsonSerde<CloudEvent> serde = JsonSerde.of(CloudEvent.class);
        for (int i = 0; i < EVENTS; i++) {
          String customer = "c-" + (i % CUSTOMERS);
          BigDecimal amount = BigDecimal.valueOf(100 + (i % 37), 2);
          // one purchase per customer per day, in time order, as a shop would send them
          Instant time = START.plus(Duration.ofDays(i / CUSTOMERS)).plusSeconds(i % CUSTOMERS);
          CloudEvent event = CloudEvent.of("o-" + i, "shop/scale", customer, time, new PurchaseCompleted("o-" + i,
              OrderKind.ORDER, new Money(amount, "EUR"), List.of(), SalesChannel.WEB));
          producer.send(new ProducerRecord<>(Topics.RAW_INTERACTIONS.name(), customer, serde.write(event))).get();
          expected.computeIfAbsent(customer, c -> new Expected()).add(amount, time);
          if (sent.incrementAndGet() == EVENTS / 3) {
            // one instance of each service goes away under load
            ingestionA.close();
            running.remove(ingestionA);
            segmentationA.close();
            running.remove(segmentationA);
            churnA.close();
            running.remove(churnA);
            projectionA.close();
            running.remove(projectionA);
          }
        }
      }

      assertThat(ready(segmentationB.httpUri())).as("the surviving segmentation instance answers").isEqualTo(200);
      assertThat(ready(ingestionB.httpUri())).as("the surviving ingestion instance answers").isEqualTo(200);
      assertThat(ready(churnB.httpUri())).as("the surviving churn instance answers").isEqualTo(200);
      assertThat(ready(projectionB.httpUri())).as("the surviving projection instance answers").isEqualTo(200);

      // at the end, every customer's value equals the recomputation from the input: nothing lost, nothing doubled
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
        Map<String, CustomerValue> latest = latestValues(kafka);
        assertThat(latest.keySet()).isEqualTo(expected.keySet());
        expected.forEach((customer, want) -> {
          CustomerValue got = latest.get(customer);
          assertThat(got.purchaseCount()).as("purchases of %s", customer).isEqualTo(want.purchases);
          assertThat(got.spend().amount()).as("spend of %s", customer).isEqualByComparingTo(want.spend);
          assertThat(got.lastPurchaseAt()).as("last purchase of %s", customer).isEqualTo(want.last);
        });
      });
      // and the surviving projection instance answers every customer's 360 with the same figures
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
        for (Map.Entry<String, Expected> entry : expected.entrySet()) {
          String customer = entry.getKey();
          Expected want = entry.getValue();
          JsonNode view = customer360(projectionB.httpUri(), customer);
          assertThat(view.at("/value/purchaseCount").asInt()).as("360 purchases of %s", customer)
              .isEqualTo(want.purchases);
          assertThat(new BigDecimal(view.at("/value/spend/amount").asText("0"))).as("360 spend of %s", customer)
              .isEqualByComparingTo(want.spend);
          List<String> months = new ArrayList<>();
          view.withArray("purchaseMonths").forEach(m -> months.add(m.asText()));
          assertThat(months).as("360 purchase months of %s", customer).isEqualTo(want.months());
        }
      });
    } finally {
      for (int i = running.size() - 1; i >= 0; i--) {
        running.get(i).close();
      }
    }
  }

  /** What the input says of one customer. */
  private static final class Expected {
    int purchases;
    BigDecimal spend = BigDecimal.ZERO;
    Instant last = Instant.MIN;
    final java.util.SortedSet<String> months = new java.util.TreeSet<>();

    void add(BigDecimal amount, Instant time) {
      purchases++;
      spend = spend.add(amount);
      last = time.isAfter(last) ? time : last;
      months.add(time.toString().substring(0, 7));
    }

    List<String> months() {
      return List.copyOf(months);
    }
  }

  private static void assertReplicated(TestKafka kafka) throws Exception {
    Set<String> names = Topics.all().stream().map(t -> t.name()).collect(Collectors.toSet());
    Map<String, TopicDescription> topics = kafka.admin().describeTopics(names).allTopicNames().get();
    assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions())
        .allSatisfy(p -> assertThat(p.replicas()).hasSize(3)));
    Map<ConfigResource, Config> configs = kafka.admin().describeConfigs(names.stream()
        .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all().get();
    assertThat(configs.values()).allSatisfy(c ->
        assertThat(c.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("2"));
  }

  private static Map<String, Object> producerConfig(TestKafka kafka) {
    Map<String, Object> config = new HashMap<>(kafka.producerConfig());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return config;
  }

  private static ConfigValues ingestion(TestKafka kafka, String applicationId, Path state, Path keys) {
    Map<String, String> values = common(kafka, applicationId, state);
    values.put("gateway.api-keys.file", keys.toString());
    values.put("ticker.interval", "0s");
    return resolve(values, IngestionService.settings());
  }

  private static ConfigValues churn(TestKafka kafka, String applicationId, Path state) {
    Map<String, String> values = common(kafka, applicationId, state);
    values.put("churn.trainer.enabled", "false");
    return resolve(values, ChurnServer.settings());
  }

  private static ConfigValues projection(TestKafka kafka, String applicationId, Path state, Path analysts) {
    Map<String, String> values = common(kafka, applicationId, state);
    values.put("projection.api-keys.file", analysts.toString());
    return resolve(values, ProjectionServer.settings());
  }

  private JsonNode customer360(URI base, String customer) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/v1/customers/" + customer))
        .header("X-API-Key", ANALYST).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("360 of %s: %s", customer, response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  private static ConfigValues segmentation(TestKafka kafka, String applicationId, Path state) {
    return resolve(common(kafka, applicationId, state), SegmentationServer.settings());
  }

  private static Map<String, String> common(TestKafka kafka, String applicationId, Path state) {
    Map<String, String> values = new HashMap<>();
    values.put("kafka.bootstrap.servers", kafka.bootstrapServers());
    values.put("streams.application.id", applicationId);
    values.put("streams.state.dir", state.toString());
    values.put("streams.replication.factor", "3");
    values.put("streams.num.standby.replicas", "1");
    values.put("http.host", "127.0.0.1");
    values.put("http.port", "0");
    return values;
  }

  private static ConfigValues resolve(Map<String, String> values, List<Setting<?>> settings) {
    return Settings.of(ConfigSource.overrides(values)).resolve(settings);
  }

  private int ready(URI base) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static Map<String, CustomerValue> latestValues(TestKafka kafka) {
    Map<String, CustomerValue> latest = new HashMap<>();
    kafka.readAll(Topics.CUSTOMER_VALUE.name(), new StringDeserializer(),
        Topics.CUSTOMER_VALUE.valueSerde().deserializer(), Duration.ofMinutes(1))
        .forEach(record -> latest.put(record.key(), record.value()));
    return latest;
  }
}
