package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/** The contract on a real broker: the catalog creates its topics, and every event type survives the trip. */
@KafkaCluster
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractsOnKafkaIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  @Order(1)
  void shouldCreateEveryCatalogTopicOnceWithItsConfig(TestKafka kafka) throws Exception {
    TopicProvisioner provisioner = new TopicProvisioner(kafka.admin(), (short) 1);

    TopicProvisioner.Result first = provisioner.createMissing();
    TopicProvisioner.Result second = provisioner.createMissing();

    List<String> names = Topics.all().stream().map(Topic::name).toList();
    assertThat(first.created()).containsExactlyInAnyOrderElementsOf(names);
    assertThat(second.created()).isEmpty();
    assertThat(second.existing()).containsExactlyInAnyOrderElementsOf(names);

    Map<String, TopicDescription> described =
        kafka.admin().describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
    for (Topic<?, ?> topic : Topics.all()) {
      assertThat(described.get(topic.name()).partitions()).as(topic.name()).hasSize(topic.partitions());
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
      Config config = kafka.admin().describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
      assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).as(topic.name())
          .isEqualTo(topic.cleanupPolicy().config());
      assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).as(topic.name())
          .isEqualTo(topic.configs().get(TopicConfig.RETENTION_MS_CONFIG));
    }
  }

  @Test
  @Order(2)
  void shouldPublishInteractionEventsOfEveryTypeAndReadThemBackEqual(TestKafka kafka) {
    ensureTopics(kafka);
    List<CloudEvent> interactions = Examples.all().stream().filter(e -> e.eventType().isInteraction()).toList();

    kafka.produce(Topics.INTERACTIONS.name(), Topics.INTERACTIONS.keySerde().serializer(),
        Topics.INTERACTIONS.valueSerde().serializer(),
        interactions.stream().map(e -> TimedRecord.of(e.customerId(), e, e.time())).toList());
    List<ConsumerRecord<String, CloudEvent>> read = kafka.awaitRecords(Topics.INTERACTIONS.name(),
        Topics.INTERACTIONS.keySerde().deserializer(), Topics.INTERACTIONS.valueSerde().deserializer(),
        interactions.size(), WAIT);

    assertThat(read).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(interactions);
    for (ConsumerRecord<String, CloudEvent> record : read) {
      assertThat(record.key()).isEqualTo(record.value().subject());
      assertThat(record.timestamp()).isEqualTo(record.value().time().toEpochMilli());
    }
  }

  @Test
  @Order(3)
  void shouldCarryEveryTypeAsRawJsonAndFoldCustomerEventsIntoProfiles(TestKafka kafka) {
    ensureTopics(kafka);
    JsonSerde<CloudEvent> envelope = JsonSerde.of(CloudEvent.class);
    List<CloudEvent> all = Examples.all();

    kafka.produce(Topics.RAW_INTERACTIONS.name(), Topics.RAW_INTERACTIONS.keySerde().serializer(),
        Topics.RAW_INTERACTIONS.valueSerde().serializer(),
        all.stream().map(e -> TimedRecord.of(e.customerId(), envelope.write(e), e.time())).toList());
    List<ConsumerRecord<String, byte[]>> raw = kafka.awaitRecords(Topics.RAW_INTERACTIONS.name(),
        Topics.RAW_INTERACTIONS.keySerde().deserializer(), Topics.RAW_INTERACTIONS.valueSerde().deserializer(),
        all.size(), WAIT);
    assertThat(raw).extracting(r -> envelope.read(r.value())).containsExactlyInAnyOrderElementsOf(all);

    Map<String, CustomerProfile> profiles = new LinkedHashMap<>();
    all.stream().filter(e -> !e.eventType().isInteraction()).forEach(e -> profiles.merge(e.customerId(),
        CustomerProfile.unknown(e.customerId()).apply(e), (old, ignored) -> old.apply(e)));
    kafka.produce(Topics.CUSTOMERS.name(), Topics.CUSTOMERS.keySerde().serializer(),
        Topics.CUSTOMERS.valueSerde().serializer(),
        profiles.values().stream().map(p -> TimedRecord.of(p.customerId(), p, p.updatedAt())).toList());
    List<ConsumerRecord<String, CustomerProfile>> read = kafka.awaitRecords(Topics.CUSTOMERS.name(),
        Topics.CUSTOMERS.keySerde().deserializer(), Topics.CUSTOMERS.valueSerde().deserializer(),
        profiles.size(), WAIT);
    assertThat(read).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(profiles.values());
  }

  private static void ensureTopics(TestKafka kafka) {
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing();
  }
}
