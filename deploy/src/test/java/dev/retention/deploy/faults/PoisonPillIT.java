package dev.retention.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.retention.churn.ChurnServer;
import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SalesChannel;
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
import java.nio.charset.StandardCharsets;
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
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison pills at every input of the Streams services, mixed into a load of valid events: bytes no serde can read on
 * the raw topic and on every topic a service reads (interactions, customer-value, customers, churn-risk,
 * churn-warnings, cases). Nothing stalls: every valid event ends up in the customer values, exactly once; and every
 * pill is dead-lettered once by each service that reads its topic, with its source and bytes, and by no other.
 */
@KafkaCluster
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class PoisonPillIT {

  private static final int CUSTOMERS = 30;
  private static final int EVENTS = 300;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final String KEY = "poison-key-0123456789abcdef";
  private static final String ANALYST = "analyst-key-0123456789abcdef";
  private static final byte[] PILL = "\u0000{not a record".getBytes(StandardCharsets.UTF_8);

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldDeadLetterEveryPoisonPillOncePerReaderAndLoseNoValidEvent(TestKafka kafka, @TempDir Path dir)
      throws Exception {
    // dead letters carry the time of their input, here historic: keep them all, whatever their age
    kafka.createTopic(Topics.DEAD_LETTER.name(), Topics.DEAD_LETTER.partitions(), (short) 1,
        Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing();
    Path keys = Files.writeString(dir.resolve("api-keys"), "poison=" + KEY + "\n");
    Path analysts = Files.writeString(dir.resolve("analysts"), "analyst=" + ANALYST + "\n");
    String ingestionId = kafka.uniqueApplicationId("ingestion");
    String segmentationId = kafka.uniqueApplicationId("segmentation");
    String churnId = kafka.uniqueApplicationId("churn");
    String projectionId = kafka.uniqueApplicationId("projection");
    // who reads which topic with its catalog serde, so who must dead-letter a pill there
    Map<String, Set<String>> readers = Map.of(
        Topics.INTERACTIONS.name(), Set.of(segmentationId, churnId, projectionId),
        Topics.CUSTOMER_VALUE.name(), Set.of(churnId, projectionId),
        Topics.CUSTOMERS.name(), Set.of(projectionId),
        Topics.CHURN_RISK.name(), Set.of(projectionId),
        Topics.CHURN_WARNINGS.name(), Set.of(projectionId),
        Topics.CASES.name(), Set.of(projectionId));

    List<AutoCloseable> running = new ArrayList<>();
    try {
      IngestionService ingestion = IngestionService.start(values(kafka, ingestionId, dir.resolve("i"),
          Map.of("gateway.api-keys.file", keys.toString(), "ticker.interval", "0s"), IngestionService.settings()),
          Clock.systemUTC());
      running.add(ingestion);
      SegmentationServer segmentation = SegmentationServer.start(values(kafka, segmentationId, dir.resolve("s"),
          Map.of(), SegmentationServer.settings()));
      running.add(segmentation);
      ChurnServer churn = ChurnServer.start(values(kafka, churnId, dir.resolve("c"),
          Map.of("churn.trainer.enabled", "false"), ChurnServer.settings()));
      running.add(churn);
      ProjectionServer projection = ProjectionServer.start(values(kafka, projectionId, dir.resolve("p"),
          Map.of("projection.api-keys.file", analysts.toString()), ProjectionServer.settings()));
      running.add(projection);

      Map<String, Integer> purchases = new TreeMap<>();
      Map<String, BigDecimal> spend = new TreeMap<>();
      List<RecordMetadata> rawPills = new ArrayList<>();
      List<RecordMetadata> topicPills = new ArrayList<>();
      List<String> pillTopics = new ArrayList<>(readers.keySet());
      pillTopics.sort(null);
      JsonSerde<CloudEvent> serde = JsonSerde.of(CloudEvent.class);
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(kafka),
          new StringSerializer(), new ByteArraySerializer())) {
        for (int i = 0; i < EVENTS; i++) {
          String customer = "c-" + (i % CUSTOMERS);
          BigDecimal amount = BigDecimal.valueOf(100 + (i % 37), 2);
          Instant time = START.plus(Duration.ofDays(i / CUSTOMERS)).plusSeconds(i % CUSTOMERS);
          CloudEvent event = CloudEvent.of("o-" + i, "shop/poison", customer, time, new PurchaseCompleted("o-" + i,
              OrderKind.ORDER, new Money(amount, "EUR"), List.of(), SalesChannel.WEB));
          producer.send(new ProducerRecord<>(Topics.RAW_INTERACTIONS.name(), customer, serde.write(event))).get();
          purchases.merge(customer, 1, Integer::sum);
          spend.merge(customer, amount, BigDecimal::add);
          if (i % 30 == 7) {
            // a pill on the raw topic, and one on one of the topics the services read, in turn
            rawPills.add(producer.send(new ProducerRecord<>(Topics.RAW_INTERACTIONS.name(), null,
                time.toEpochMilli(), customer, PILL)).get());
            String topic = pillTopics.get(topicPills.size() % pillTopics.size());
            topicPills.add(producer.send(new ProducerRecord<>(topic, null, time.toEpochMilli(),
                "pill-" + topicPills.size(), PILL)).get());
          }
        }
      }
      assertThat(topicPills).hasSizeGreaterThanOrEqualTo(pillTopics.size());

      // nothing stalled: every valid purchase is in the customer values, once
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
        Map<String, CustomerValue> latest = latestValues(kafka);
        for (String customer : purchases.keySet()) {
          CustomerValue value = latest.get(customer);
          assertThat(value).as("value of %s", customer).isNotNull();
          assertThat(value.purchaseCount()).as("purchases of %s", customer).isEqualTo(purchases.get(customer));
          assertThat(value.spend().amount()).as("spend of %s", customer).isEqualByComparingTo(spend.get(customer));
        }
      });

      // every pill dead-lettered once by each of its readers, and by nobody else
      int expectedLetters = rawPills.size()
          + topicPills.stream().mapToInt(p -> readers.get(p.topic()).size()).sum();
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
        List<DeadLetter> letters = deadLetters(kafka);
        for (RecordMetadata pill : rawPills) {
          assertThat(lettersOf(letters, pill)).as("dead letters of the raw pill at %s", pill).singleElement()
              .satisfies(letter -> {
                assertThat(letter.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
                assertThat(letter.payload()).isEqualTo(PILL);
              });
        }
        for (RecordMetadata pill : topicPills) {
          List<DeadLetter> ofPill = lettersOf(letters, pill);
          assertThat(ofPill).allSatisfy(letter -> {
            assertThat(letter.reason()).isEqualTo(RejectReason.UNREADABLE_RECORD);
            assertThat(letter.payload()).isEqualTo(PILL);
          });
          List<String> by = ofPill.stream().map(l -> l.message().substring(0, l.message().indexOf(' '))).sorted()
              .toList();
          assertThat(by).as("who dead-lettered the pill at %s", pill)
              .isEqualTo(new ArrayList<>(new TreeSet<>(readers.get(pill.topic()))));
        }
        assertThat(letters).as("no other dead letters").hasSize(expectedLetters);
      });

      // and every service is still up
      for (URI base : List.of(ingestion.httpUri(), segmentation.httpUri(), churn.httpUri(), projection.httpUri())) {
        assertThat(ready(base)).as("%s ready", base).isEqualTo(200);
      }
    } finally {
      for (int i = running.size() - 1; i >= 0; i--) {
        running.get(i).close();
      }
    }
  }

  private static List<DeadLetter> lettersOf(List<DeadLetter> letters, RecordMetadata pill) {
    return letters.stream()
        .filter(l -> pill.topic().equals(l.sourceTopic()) && Integer.valueOf(pill.partition()).equals(
            l.sourcePartition()) && Long.valueOf(pill.offset()).equals(l.sourceOffset()))
        .toList();
  }

  private static List<DeadLetter> deadLetters(TestKafka kafka) {
    return kafka.readAll(Topics.DEAD_LETTER.name(), new StringDeserializer(),
        Topics.DEAD_LETTER.valueSerde().deserializer(), Duration.ofSeconds(30))
        .stream().map(ConsumerRecord::value).toList();
  }

  /** The latest value of every customer; the test's own pills on the topic are skipped, as bytes. */
  private static Map<String, CustomerValue> latestValues(TestKafka kafka) {
    Map<String, CustomerValue> latest = new HashMap<>();
    kafka.readAll(Topics.CUSTOMER_VALUE.name(), new StringDeserializer(), new ByteArrayDeserializer(),
            Duration.ofSeconds(30)).stream()
        .filter(record -> !record.key().startsWith("pill-"))
        .forEach(record -> latest.put(record.key(), Topics.CUSTOMER_VALUE.valueSerde().deserializer()
            .deserialize(Topics.CUSTOMER_VALUE.name(), record.value())));
    return latest;
  }

  private static Map<String, Object> producerConfig(TestKafka kafka) {
    Map<String, Object> config = new HashMap<>(kafka.producerConfig());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    return config;
  }

  private static ConfigValues values(TestKafka kafka, String applicationId, Path state, Map<String, String> extra,
      List<Setting<?>> settings) {
    Map<String, String> values = new HashMap<>(extra);
    values.put("kafka.bootstrap.servers", kafka.bootstrapServers());
    values.put("streams.application.id", applicationId);
    values.put("streams.state.dir", state.toString());
    values.put("http.host", "127.0.0.1");
    values.put("http.port", "0");
    return Settings.of(ConfigSource.overrides(values)).resolve(settings);
  }

  private int ready(URI base) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
