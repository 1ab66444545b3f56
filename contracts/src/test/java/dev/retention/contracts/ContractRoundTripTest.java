package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.EventType;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractRoundTripTest {

  static Stream<CloudEvent> examples() {
    return Examples.all().stream();
  }

  @Test
  void shouldHaveExamplesOfEveryEventType() {
    Set<EventType> covered = Examples.all().stream().map(CloudEvent::eventType).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(EventType.class));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void shouldRoundTripThroughTheCatalogSerde(CloudEvent event) {
    JsonSerde<CloudEvent> serde = (JsonSerde<CloudEvent>) Topics.INTERACTIONS.valueSerde();
    byte[] bytes = serde.serialize(Topics.INTERACTIONS.name(), event);
    assertThat(serde.deserialize(Topics.INTERACTIONS.name(), bytes)).isEqualTo(event);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void shouldWriteLogicalTypeNamesIsoTimesAndDecimalStrings(CloudEvent event) throws Exception {
    JsonNode json = Json.mapper().readTree(JsonSerde.of(CloudEvent.class).write(event));
    String text = json.toString();

    assertThat(json.get("type").textValue()).isEqualTo(event.eventType().typeName());
    assertThat(json.get("time").textValue()).isEqualTo(event.time().toString());
    assertThat(text).doesNotContain("dev.retention").doesNotContain("@class");
    json.findParents("currency").forEach(money -> assertThat(money.get("amount").isTextual()).as("%s", money).isTrue());
    json.findValues("unitPrice").forEach(price -> assertThat(price.isTextual()).as("unitPrice %s", price).isTrue());
  }

  @Test
  void shouldWriteExtensionAttributesAtTheTopLevel() throws Exception {
    CloudEvent event = Examples.all().get(0);
    JsonNode json = Json.mapper().readTree(JsonSerde.of(CloudEvent.class).write(event));
    assertThat(json.get("traceparent").textValue()).isEqualTo(event.extensions().get("traceparent"));
    assertThat(json.has("extensions")).isFalse();
  }

  @Test
  void shouldKeepDecimalScaleAndPlainNotation() {
    String json = """
        {"specversion":"1.0","id":"1","source":"s","type":"retention.purchase.completed.v1","subject":"c1",
         "time":"2026-03-01T10:30:00+01:00",
         "data":{"orderId":"o1","kind":"ORDER","total":{"amount":"1000.10","currency":"EUR"}}}""";
    CloudEvent event = JsonSerde.of(CloudEvent.class).read(json.getBytes(StandardCharsets.UTF_8));
    String written = new String(JsonSerde.of(CloudEvent.class).write(event), StandardCharsets.UTF_8);

    assertThat(event.time()).isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));
    assertThat(written).contains("\"amount\":\"1000.10\"").contains("\"time\":\"2026-03-01T09:30:00Z\"");
  }

  @Test
  void shouldPassTombstonesThrough() {
    JsonSerde<CloudEvent> serde = JsonSerde.of(CloudEvent.class);
    assertThat(serde.serialize("t", null)).isNull();
    assertThat(serde.deserialize("t", null)).isNull();
  }
}
