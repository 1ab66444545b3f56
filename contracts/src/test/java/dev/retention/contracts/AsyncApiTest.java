package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.retention.contracts.events.EventType;
import dev.retention.contracts.schema.ContractSchemas;
import dev.retention.contracts.segments.LifecycleStageChanged;
import dev.retention.contracts.segments.TierChanged;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document describes exactly the catalog's topics and the contract's message types. */
class AsyncApiTest {

  private static JsonNode doc;

  @BeforeAll
  static void read() throws IOException {
    doc = new ObjectMapper(new YAMLFactory()).readTree(Path.of("asyncapi.yaml").toFile());
  }

  @Test
  void shouldBeAnAsyncApi3Document() {
    assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
  }

  @Test
  void shouldDescribeEveryCatalogTopicWithItsPartitions() {
    Map<String, Integer> described = new HashMap<>();
    doc.get("channels").forEach(channel -> described.put(channel.get("address").asText(),
        channel.at("/bindings/kafka/partitions").asInt()));
    Map<String, Integer> catalog = new HashMap<>();
    for (Topic<?, ?> topic : Topics.all()) {
      catalog.put(topic.name(), topic.partitions());
    }
    assertThat(described).isEqualTo(catalog);
  }

  @Test
  void shouldDescribeEveryEventTypeWithItsSchemaFile() {
    List<String> names = new ArrayList<>();
    doc.at("/components/messages").forEach(message -> {
      names.add(message.get("name").asText());
      String schema = message.at("/payload/schema/$ref").asText();
      if (!schema.isEmpty()) {
        assertThat(Files.exists(Path.of(schema))).as(schema).isTrue();
      }
    });
    for (EventType type : EventType.values()) {
      assertThat(names).contains(type.typeName());
    }
  }

  @Test
  void shouldDescribeTheSegmentationOutputsWithTheirSchemas() {
    assertThat(messageRefs("customerValue")).containsExactly("#/components/messages/customerValue");
    assertThat(doc.at("/components/messages/customerValue/payload/schema/$ref").asText())
        .endsWith("/" + ContractSchemas.CUSTOMER_VALUE);
    assertThat(messageRefs("segmentChanges"))
        .containsExactlyInAnyOrder("#/components/messages/tierChanged", "#/components/messages/lifecycleStageChanged");
    assertThat(doc.at("/components/messages/tierChanged/name").asText()).isEqualTo(TierChanged.TYPE);
    assertThat(doc.at("/components/messages/tierChanged/payload/schema/$ref").asText())
        .endsWith("/" + ContractSchemas.TIER_CHANGED);
    assertThat(doc.at("/components/messages/lifecycleStageChanged/name").asText())
        .isEqualTo(LifecycleStageChanged.TYPE);
    assertThat(doc.at("/components/messages/lifecycleStageChanged/payload/schema/$ref").asText())
        .endsWith("/" + ContractSchemas.LIFECYCLE_STAGE_CHANGED);
  }

  @Test
  void shouldDescribeTheChurnOutputsWithTheirSchemas() {
    assertThat(messageRefs("churnWarnings")).containsExactlyInAnyOrder(
        "#/components/messages/churnWarningRaised", "#/components/messages/churnWarningEscalated",
        "#/components/messages/churnWarningCleared");
    assertThat(doc.at("/components/messages/churnWarningRaised/name").asText())
        .isEqualTo(dev.retention.contracts.churn.ChurnWarningRaised.TYPE);
    assertThat(doc.at("/components/messages/churnWarningEscalated/name").asText())
        .isEqualTo(dev.retention.contracts.churn.ChurnWarningEscalated.TYPE);
    assertThat(doc.at("/components/messages/churnWarningCleared/name").asText())
        .isEqualTo(dev.retention.contracts.churn.ChurnWarningCleared.TYPE);
    assertThat(doc.at("/components/messages/churnRisk/payload/schema/$ref").asText())
        .endsWith("/" + ContractSchemas.CHURN_RISK);
    assertThat(doc.at("/components/messages/modelParameters/payload/schema/$ref").asText())
        .endsWith("/" + ContractSchemas.MODEL);
  }

  private static List<String> messageRefs(String channel) {
    List<String> refs = new ArrayList<>();
    doc.at("/channels/" + channel + "/messages").forEach(message -> refs.add(message.get("$ref").asText()));
    return refs;
  }

  @Test
  void shouldResolveEveryInternalReference() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    refs.stream().filter(ref -> ref.startsWith("#/")).forEach(ref ->
        assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        if (field.getKey().equals("$ref")) {
          refs.add(field.getValue().asText());
        } else {
          collectRefs(field.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }
}
