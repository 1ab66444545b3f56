package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.schema.ContractSchemas;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.SegmentChange;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import dev.retention.contracts.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void shouldCatalogEveryTopicOfTheDesign() {
    assertThat(Topics.all()).extracting(Topic::name).containsExactly(
        "retention.raw-interactions.v1",
        "retention.interactions.v1",
        "retention.customers.v1",
        "retention.dead-letter.v1",
        "retention.customer-value.v1",
        "retention.segment-changes.v1",
        "retention.churn-warnings.v1",
        "retention.churn-risk.v1",
        "retention.model.v1",
        "retention.cases.v1");
  }

  @Test
  void shouldCompactTheStateTopicsAndExpireTheStreams() {
    assertThat(Topics.all()).filteredOn(t -> t.cleanupPolicy() == CleanupPolicy.COMPACT).extracting(Topic::name)
        .containsExactlyInAnyOrder("retention.customers.v1", "retention.customer-value.v1",
            "retention.churn-risk.v1", "retention.model.v1");
    assertThat(Topics.RAW_INTERACTIONS.configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "604800000");
    assertThat(Topics.DEAD_LETTER.configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "2592000000");
    assertThat(Topics.INTERACTIONS.configs())
        .containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
        .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "delete");
    assertThat(Topics.CUSTOMERS.configs()).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "compact");
  }

  @Test
  void shouldPartitionKeyedTopicsTwelveWays() {
    assertThat(Topics.all()).filteredOn(t -> t != Topics.MODEL).allMatch(t -> t.partitions() == Topics.PARTITIONS);
    assertThat(Topics.MODEL.partitions()).isEqualTo(1);
  }

  @Test
  void shouldFindTopicsByName() {
    assertThat(Topics.byName("retention.interactions.v1")).contains(Topics.INTERACTIONS);
    assertThat(Topics.byName("nope")).isEmpty();
  }

  @Test
  void shouldRoundTripDeadLettersAndMatchTheirSchema() throws Exception {
    DeadLetter letter = new DeadLetter(RejectReason.INVALID_EVENT, "/data/total/amount",
        "amount must be a decimal string", "kafka", Topics.RAW_INTERACTIONS.name(), 3, 42L,
        "{\"broken\":".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-03-01T09:30:00Z"));
    JsonSerde<DeadLetter> serde = (JsonSerde<DeadLetter>) Topics.DEAD_LETTER.valueSerde();
    byte[] bytes = serde.serialize("t", letter);

    assertThat(serde.deserialize("t", bytes)).isEqualTo(letter);
    assertThat(ContractSchemas.get().validate(ContractSchemas.DEAD_LETTER, Json.mapper().readTree(bytes))).isEmpty();
  }

  @Test
  void shouldTypeTheSegmentationTopicsWithTheirContracts() {
    assertThat(Topics.CUSTOMER_VALUE.valueSerde().toString()).contains(CustomerValue.class.getName());
    assertThat(Topics.SEGMENT_CHANGES.valueSerde().toString()).contains(SegmentChange.class.getName());
    assertThat(Topics.CUSTOMER_VALUE.cleanupPolicy()).isEqualTo(CleanupPolicy.COMPACT);
    assertThat(Topics.SEGMENT_CHANGES.cleanupPolicy()).isEqualTo(CleanupPolicy.DELETE);
  }

  @Test
  void shouldRefuseIllegalTopicNames() {
    List<String> bad = List.of("", "has space", "a/b");
    for (String name : bad) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Topic<>(name, Topics.INTERACTIONS.keySerde(),
          Topics.INTERACTIONS.valueSerde(), 1, CleanupPolicy.DELETE, java.util.Optional.empty(), "x"))
          .hasMessageContaining("topic name");
    }
  }
}
