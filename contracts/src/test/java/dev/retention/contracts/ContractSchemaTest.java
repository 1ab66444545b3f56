package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.EventType;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.schema.ContractSchemas;
import dev.retention.contracts.schema.ContractSchemas.Violation;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schemas and the Java records agree: on every example, and on every broken document. */
class ContractSchemaTest {

  private final ContractSchemas schemas = ContractSchemas.get();

  static Stream<CloudEvent> examples() {
    return Examples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void shouldValidateEverySerializedExampleAgainstItsSchema(CloudEvent event) {
    JsonNode json = Json.mapper().valueToTree(event);
    assertThat(schemas.validateEvent(json)).isEmpty();
  }

  @Test
  void shouldHaveASchemaFileForEveryEventType() {
    for (EventType type : EventType.values()) {
      assertThat(getClass().getClassLoader().getResource(type.schemaResource())).as(type.typeName()).isNotNull();
    }
  }

  /** A valid purchase to break one field at a time. */
  private static ObjectNode purchase() {
    return (ObjectNode) Json.mapper().valueToTree(Examples.all().get(0));
  }

  private static ObjectNode survey(String metric, int score) {
    ObjectNode doc = (ObjectNode) Json.mapper().valueToTree(Examples.all().stream()
        .filter(e -> e.eventType() == EventType.SURVEY_ANSWERED).findFirst().orElseThrow());
    ((ObjectNode) doc.get("data")).put("metric", metric).put("score", score);
    return doc;
  }

  /** Broken for the schema and for the Java reader. */
  private static Arguments broken(String name, String expectedPath, Consumer<ObjectNode> breakIt) {
    ObjectNode doc = purchase();
    breakIt.accept(doc);
    return Arguments.of(name, expectedPath, doc, true);
  }

  /**
   * Broken for the schema only: the Java reader is a tolerant reader (unknown fields, numeric amounts) so that
   * consumers survive additive changes; the producer-facing validators apply the schema.
   */
  private static Arguments schemaOnly(String name, String expectedPath, Consumer<ObjectNode> breakIt) {
    ObjectNode doc = purchase();
    breakIt.accept(doc);
    return Arguments.of(name, expectedPath, doc, false);
  }

  private static ObjectNode data(ObjectNode doc) {
    return (ObjectNode) doc.get("data");
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        broken("missing id", "", d -> d.remove("id")),
        broken("empty id", "/id", d -> d.put("id", "")),
        broken("wrong specversion", "/specversion", d -> d.put("specversion", "0.3")),
        broken("missing subject", "", d -> d.remove("subject")),
        broken("subject with spaces", "/subject", d -> d.put("subject", "Ada Lovelace")),
        broken("time without offset", "/time", d -> d.put("time", "2026-03-01T09:30:00")),
        broken("time not a date", "/time", d -> d.put("time", "yesterday")),
        broken("missing data", "", d -> d.remove("data")),
        broken("non-JSON content type", "/datacontenttype", d -> d.put("datacontenttype", "text/xml")),
        broken("type of another data shape", "/data", d -> d.put("type", "retention.contact.logged.v1")),
        schemaOnly("amount as a JSON number", "/data/total/amount",
            d -> ((ObjectNode) data(d).get("total")).put("amount", 59.97)),
        broken("negative amount", "/data/total/amount",
            d -> ((ObjectNode) data(d).get("total")).put("amount", "-1.00")),
        broken("lower-case currency", "/data/total/currency",
            d -> ((ObjectNode) data(d).get("total")).put("currency", "eur")),
        broken("missing order id", "/data", d -> data(d).remove("orderId")),
        broken("unknown order kind", "/data/kind", d -> data(d).put("kind", "GIFT")),
        broken("zero quantity", "/data/lineItems/0/quantity",
            d -> ((ObjectNode) data(d).get("lineItems").get(0)).put("quantity", 0)),
        schemaOnly("personal data in an interaction", "/data", d -> data(d).put("email", "ada@example.com")),
        schemaOnly("misspelt field", "/data", d -> data(d).set("ammount", data(d).get("total"))),
        broken("extension with upper case name", "", d -> d.put("TraceParent", "x")),
        broken("extension that is an object", "/trace", d -> d.putObject("trace")),
        Arguments.of("NPS above 10", "/data/score", survey("NPS", 11), true),
        Arguments.of("CSAT of 0", "/data/score", survey("CSAT", 0), true),
        Arguments.of("CES of 8", "/data/score", survey("CES", 8), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void shouldRejectInvalidDocumentsInSchemaAndRecord(String name, String expectedPath, ObjectNode doc,
      boolean recordRefuses) throws Exception {
    List<Violation> violations = schemas.validateEvent(doc);

    assertThat(violations).as(name).isNotEmpty();
    assertThat(violations).as(name).anyMatch(v -> v.path().startsWith(expectedPath));
    byte[] bytes = Json.mapper().writeValueAsBytes(doc);
    if (recordRefuses) {
      assertThatThrownBy(() -> JsonSerde.of(CloudEvent.class).read(bytes)).as(name)
          .isInstanceOf(SerializationException.class);
    }
  }

  @Test
  void shouldReportAnUnknownTypeByName() {
    ObjectNode doc = purchase().put("type", "retention.purchase.teleported.v1");
    assertThat(schemas.validateEvent(doc))
        .containsExactly(new Violation("/type", "unknown event type \"retention.purchase.teleported.v1\""));
    assertThatThrownBy(() -> JsonSerde.of(CloudEvent.class).read(Json.mapper().writeValueAsBytes(doc)))
        .hasMessageContaining("unknown event type");
  }

  @Test
  void shouldNameTheFieldAtFaultWhenTheRecordRefusesADocument() throws Exception {
    ObjectNode doc = purchase();
    ((ObjectNode) data(doc).get("total")).put("currency", "XYZ");
    assertThatThrownBy(() -> JsonSerde.of(CloudEvent.class).read(Json.mapper().writeValueAsBytes(doc)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("/data/total")
        .hasMessageContaining("ISO 4217");
  }
}
