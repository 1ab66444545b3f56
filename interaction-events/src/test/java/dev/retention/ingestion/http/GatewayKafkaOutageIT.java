package dev.retention.ingestion.http;

import static dev.retention.ingestion.http.GatewayClient.json;
import static dev.retention.ingestion.http.GatewayIT.KEYS;
import static dev.retention.ingestion.http.GatewayIT.SHOP;
import static dev.retention.ingestion.http.GatewayIT.purchase;
import static dev.retention.ingestion.http.GatewayIT.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.http.HttpServerConfig;
import dev.retention.runtime.metrics.MetricsRegistry;
import dev.retention.testkit.BrokerControl;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A broker that holds a customer's partition goes away while the gateway runs: the event is refused with 503 and is
 * not written later, once the broker is back; a batch answers per event. The raw topic has one replica here, so that
 * stopping one broker of two really takes partitions offline.
 */
@KafkaCluster(brokers = 2)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class GatewayKafkaOutageIT {

  private static final String TOPIC = Topics.RAW_INTERACTIONS.name();

  @Test
  void shouldRefuseWhileThePartitionIsOfflineAndNeverWriteTheRefusedEventLater(TestKafka kafka) throws Exception {
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing(List.of(Topics.RAW_INTERACTIONS));
    BrokerControl brokers = kafka.brokerControl().orElseThrow();
    Map<Integer, Integer> leaders = leaders(kafka);
    int stopped = brokers.brokerIds().first();
    assertThat(leaders.values()).as("partition leaders").contains(stopped).anyMatch(leader -> leader != stopped);
    String offline = subjectLedBy(stopped, leaders, true);
    String online = subjectLedBy(stopped, leaders, false);

    GatewayConfig config = GatewayConfig.defaults(KEYS)
        .withHttp(new HttpServerConfig("127.0.0.1", 0, 1, Duration.ZERO))
        .withKafkaTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    try (MetricsRegistry metrics = MetricsRegistry.create("gateway-outage-it");
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            GatewayProducerConfig.of(kafka.bootstrapServers(), config), new StringSerializer(),
            new ByteArraySerializer());
        HttpServer server = GatewayServer.start(config, producer, kafka.admin(), metrics.registry(),
            metrics::scrape, Clock.systemUTC())) {
      GatewayClient gateway = new GatewayClient(server.baseUri());
      String before = purchase(offline);
      assertThat(gateway.post("/v1/events", CloudEvent.MEDIA_TYPE, before, SHOP).statusCode()).isEqualTo(202);

      brokers.stopBroker(stopped);
      String refused = purchase(offline);
      HttpResponse<String> single = gateway.post("/v1/events", CloudEvent.MEDIA_TYPE, refused, SHOP);
      assertThat(single.statusCode()).as(single.body()).isEqualTo(503);
      assertThat(single.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(json(single).path("reason").asText()).isEqualTo("UNAVAILABLE");

      String refusedInBatch = purchase(offline);
      String acceptedInBatch = purchase(online);
      HttpResponse<String> batch = gateway.post("/v1/events:batch", "application/json",
          "[" + refusedInBatch + "," + acceptedInBatch + "]", SHOP);
      assertThat(batch.statusCode()).as(batch.body()).isEqualTo(207);
      assertThat(batch.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(json(batch).at("/results/0/problem/status").asInt()).isEqualTo(503);
      assertThat(json(batch).at("/results/1/status").asText()).isEqualTo("accepted");

      brokers.startBroker(stopped);
      Awaitility.await("every partition of " + TOPIC + " to have a leader again").atMost(Duration.ofSeconds(30))
          .until(() -> leaders(kafka).values().stream().allMatch(leader -> leader >= 0));
      String after = purchase(offline);
      HttpResponse<String> retried = gateway.post("/v1/events", CloudEvent.MEDIA_TYPE, after, SHOP);
      assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);

      RawTopic raw = new RawTopic(kafka);
      assertThat(texts(raw, offline)).containsExactly(before, after);
      assertThat(texts(raw, online)).containsExactly(acceptedInBatch);
      GatewayClient.Counts counts = gateway.counts();
      assertThat(counts.accepted()).isEqualTo(3);
      assertThat(counts.rejected("UNAVAILABLE")).isEqualTo(2);
    }
  }

  private static List<String> texts(RawTopic raw, String subject) throws Exception {
    return raw.recordsOf(subject).stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
  }

  /** Partition -> leader broker id (-1 without leader). */
  private static Map<Integer, Integer> leaders(TestKafka kafka) throws Exception {
    return kafka.admin().describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS).get(TOPIC)
        .partitions().stream()
        .collect(Collectors.toMap(TopicPartitionInfo::partition, p -> p.leader() == null ? -1 : p.leader().id()));
  }

  /** A fresh subject whose partition is (or is not) led by {@code broker}, by the producer's key partitioning. */
  private static String subjectLedBy(int broker, Map<Integer, Integer> leaders, boolean ledByIt) {
    while (true) {
      String subject = unique("c");
      int partition = Utils.toPositive(Utils.murmur2(subject.getBytes(StandardCharsets.UTF_8))) % leaders.size();
      if ((leaders.get(partition) == broker) == ledByIt) {
        return subject;
      }
    }
  }
}
