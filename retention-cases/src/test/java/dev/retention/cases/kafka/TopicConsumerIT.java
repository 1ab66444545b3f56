package dev.retention.cases.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.retention.cases.kafka.TopicConsumer.Result;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.topics.Topics;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Nothing lost: unreadable records are counted and skipped, a failing handler reads the record again. */
@KafkaCluster
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TopicConsumerIT {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void shouldSkipUnreadableRecordsAndRetryAFailedOne(TestKafka kafka) {
    String topic = kafka.uniqueTopic("customers");
    kafka.createTopic(topic, 1);
    byte[] c1 = Topics.CUSTOMERS.valueSerde().serializer().serialize(topic, CustomerProfile.unknown("c-1"));
    byte[] c2 = Topics.CUSTOMERS.valueSerde().serializer().serialize(topic, CustomerProfile.unknown("c-2"));
    kafka.produce(topic, new StringSerializer(), new ByteArraySerializer(), List.of(
        TimedRecord.of("c-1", c1, T0),
        TimedRecord.of("bad", "{not json".getBytes(StandardCharsets.UTF_8), T0),
        TimedRecord.of("c-2", c2, T0)));
    List<String> seen = new CopyOnWriteArrayList<>();
    AtomicBoolean failedOnce = new AtomicBoolean();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    try (TopicConsumer<CustomerProfile> consumer = new TopicConsumer<>(topic, Topics.CUSTOMERS,
        java.util.Map.of("bootstrap.servers", kafka.bootstrapServers()), kafka.uniqueGroupId("cases"), meters,
        (key, profile) -> {
          seen.add(key);
          if (key.equals("c-2") && failedOnce.compareAndSet(false, true)) {
            throw new IllegalStateException("database unavailable");
          }
          return Result.ACCEPTED;
        }).start()) {
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        assertThat(count(meters, "accepted")).isEqualTo(2);
        assertThat(count(meters, "rejected")).isEqualTo(1);
      });
      assertThat(seen).containsExactly("c-1", "c-2", "c-2");
    }
  }

  private static double count(SimpleMeterRegistry meters, String result) {
    return meters.get("retention_cases_records").tag("result", result).counter().count();
  }
}
