package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.schema.ContractSchemas;
import dev.retention.contracts.schema.ContractSchemas.Violation;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.LifecycleStageChanged;
import dev.retention.contracts.segments.SegmentChange;
import dev.retention.contracts.segments.TierChanged;
import dev.retention.contracts.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The segmentation outputs on the wire: the catalog serdes round-trip them, their JSON matches the published schemas,
 * and broken documents are refused by the schema, the record, or both, as each case says.
 */
class SegmentContractTest {

  private final ContractSchemas schemas = ContractSchemas.get();

  @SuppressWarnings("unchecked")
  private static final JsonSerde<CustomerValue> VALUES = (JsonSerde<CustomerValue>) Topics.CUSTOMER_VALUE.valueSerde();
  @SuppressWarnings("unchecked")
  private static final JsonSerde<SegmentChange> CHANGES =
      (JsonSerde<SegmentChange>) Topics.SEGMENT_CHANGES.valueSerde();

  /** Who refuses a broken document. */
  enum Refused { BOTH, SCHEMA_ONLY, RECORD_ONLY }

  static Stream<CustomerValue> values() {
    return SegmentExamples.values().stream();
  }

  static Stream<SegmentChange> changes() {
    return SegmentExamples.changes().stream();
  }

  @ParameterizedTest
  @MethodSource("values")
  void shouldRoundTripCustomerValuesThroughTheCatalogSerde(CustomerValue value) {
    byte[] bytes = VALUES.serialize(Topics.CUSTOMER_VALUE.name(), value);
    assertThat(VALUES.deserialize(Topics.CUSTOMER_VALUE.name(), bytes)).isEqualTo(value);
  }

  @ParameterizedTest
  @MethodSource("values")
  void shouldValidateEveryCustomerValueAgainstItsSchema(CustomerValue value) throws Exception {
    JsonNode json = Json.mapper().readTree(VALUES.write(value));
    assertThat(schemas.validate(ContractSchemas.CUSTOMER_VALUE, json)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("values")
  void shouldWriteDecimalStringsIsoTimesAndNoClassNames(CustomerValue value) throws Exception {
    JsonNode json = Json.mapper().readTree(VALUES.write(value));

    assertThat(json.get("asOf").textValue()).isEqualTo(value.asOf().toString());
    json.findParents("currency").forEach(money -> money.fields().forEachRemaining(field -> {
      if (!field.getKey().equals("currency")) {
        assertThat(field.getValue().isTextual()).as("%s in %s", field.getKey(), money).isTrue();
      }
    }));
    assertThat(json.toString()).doesNotContain("dev.retention").doesNotContain("@class");
  }

  @ParameterizedTest
  @MethodSource("changes")
  void shouldRoundTripSegmentChangesThroughTheCatalogSerde(SegmentChange change) {
    byte[] bytes = CHANGES.serialize(Topics.SEGMENT_CHANGES.name(), change);
    assertThat(CHANGES.deserialize(Topics.SEGMENT_CHANGES.name(), bytes)).isEqualTo(change);
  }

  @ParameterizedTest
  @MethodSource("changes")
  void shouldValidateEverySegmentChangeAgainstTheTopicSchemaAndItsTypeSchema(SegmentChange change) throws Exception {
    JsonNode json = Json.mapper().readTree(CHANGES.write(change));
    String typeSchema = change instanceof TierChanged
        ? ContractSchemas.TIER_CHANGED
        : ContractSchemas.LIFECYCLE_STAGE_CHANGED;

    assertThat(schemas.validate(ContractSchemas.SEGMENT_CHANGE, json)).isEmpty();
    assertThat(schemas.validate(typeSchema, json)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("changes")
  void shouldWriteTheLogicalTypeNameAndNoClassName(SegmentChange change) throws Exception {
    byte[] bytes = CHANGES.write(change);
    JsonNode json = Json.mapper().readTree(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertThat(json.get("type").textValue()).isEqualTo(change.typeName())
        .isIn(TierChanged.TYPE, LifecycleStageChanged.TYPE);
    assertThat(text).doesNotContain("dev.retention").doesNotContain("@class").doesNotContain("TierChanged")
        .doesNotContain("LifecycleStageChanged").doesNotContain("typeName");
    assertThat(json.get("at").textValue()).isEqualTo(change.at().toString());
  }

  @Test
  void shouldWriteTheTypeNameAlsoWhenARecordIsWrittenOnItsOwn() throws Exception {
    TierChanged change = (TierChanged) SegmentExamples.changes().get(0);
    JsonNode json = Json.mapper().valueToTree(change);
    assertThat(json.get("type").textValue()).isEqualTo("retention.segment.tier-changed.v1");
  }

  @Test
  void shouldLeaveOutAbsentFromAndCause() throws Exception {
    JsonNode lapse = Json.mapper().readTree(CHANGES.write(SegmentExamples.changes().get(2)));
    JsonNode first = Json.mapper().readTree(CHANGES.write(SegmentExamples.changes().get(1)));
    assertThat(lapse.has("causeEventId")).isFalse();
    assertThat(first.has("from")).isFalse();
  }

  @Test
  void shouldPassTombstonesThrough() {
    assertThat(VALUES.serialize("t", null)).isNull();
    assertThat(VALUES.deserialize("t", null)).isNull();
    assertThat(CHANGES.serialize("t", null)).isNull();
    assertThat(CHANGES.deserialize("t", null)).isNull();
  }

  // ---- broken customer values ----

  private static ObjectNode full() {
    return (ObjectNode) Json.mapper().valueToTree(SegmentExamples.full());
  }

  private static ObjectNode minimal() {
    return (ObjectNode) Json.mapper().valueToTree(SegmentExamples.minimal());
  }

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private static Arguments value(String name, Refused refused, String expected, Supplier<ObjectNode> doc,
      Consumer<ObjectNode> breakIt) {
    ObjectNode broken = doc.get();
    breakIt.accept(broken);
    return Arguments.of(name, refused, expected, broken);
  }

  static Stream<Arguments> brokenValues() {
    return Stream.of(
        value("missing customer id", Refused.BOTH, "/customerId", SegmentContractTest::full,
            d -> d.remove("customerId")),
        value("customer id with spaces", Refused.BOTH, "/customerId", SegmentContractTest::full,
            d -> d.put("customerId", "Ada Lovelace")),
        value("missing definitions version", Refused.BOTH, "/definitionsVersion", SegmentContractTest::full,
            d -> d.remove("definitionsVersion")),
        value("blank definitions version", Refused.BOTH, "/definitionsVersion", SegmentContractTest::full,
            d -> d.put("definitionsVersion", "  ")),
        value("asOf without offset", Refused.BOTH, "/asOf", SegmentContractTest::full,
            d -> d.put("asOf", "2026-03-01T09:30:00")),
        value("no purchases", Refused.BOTH, "/purchaseCount", SegmentContractTest::full,
            d -> d.put("purchaseCount", 0)),
        value("score of 6", Refused.BOTH, "/rfmScores/recency", SegmentContractTest::full,
            d -> at(d, "/rfmScores").put("recency", 6)),
        value("score of 0", Refused.BOTH, "/rfmScores/monetary", SegmentContractTest::full,
            d -> at(d, "/rfmScores").put("monetary", 0)),
        value("unknown tier", Refused.BOTH, "/valueTier", SegmentContractTest::full,
            d -> d.put("valueTier", "PLATINUM")),
        value("unknown lifecycle stage", Refused.BOTH, "/lifecycleStage", SegmentContractTest::full,
            d -> d.put("lifecycleStage", "CHURNED")),
        value("missing frequency class", Refused.BOTH, "/frequencyClass", SegmentContractTest::full,
            d -> d.remove("frequencyClass")),
        value("negative spend", Refused.BOTH, "/spend/amount", SegmentContractTest::full,
            d -> at(d, "/spend").put("amount", "-1.00")),
        value("lower-case currency", Refused.BOTH, "/spend/currency", SegmentContractTest::full,
            d -> at(d, "/spend").put("currency", "eur")),
        value("no spend by currency", Refused.BOTH, "/spendByCurrency", SegmentContractTest::full,
            d -> d.putArray("spendByCurrency")),
        value("missing refunds", Refused.BOTH, "/refunds", SegmentContractTest::full, d -> d.remove("refunds")),
        value("contact count of 0", Refused.BOTH, "/contacts/0/count", SegmentContractTest::full,
            d -> at(d, "/contacts/0").put("count", 0)),
        value("negative open complaints", Refused.BOTH, "/complaints/open", SegmentContractTest::full,
            d -> at(d, "/complaints").put("open", -1)),
        value("NPS of 11", Refused.BOTH, "/surveys/nps", SegmentContractTest::full,
            d -> at(d, "/surveys").put("nps", 11)),
        value("NPS without its time", Refused.BOTH, "/surveys", SegmentContractTest::full,
            d -> at(d, "/surveys").remove("npsAt")),
        value("eleven top products", Refused.BOTH, "/topProducts", SegmentContractTest::full, d -> {
          ArrayNode top = (ArrayNode) d.get("topProducts");
          for (int i = 3; i <= 11; i++) {
            top.addObject().put("id", "sku-" + i).put("count", 1).set("spend", d.get("spend"));
          }
        }),
        value("amount as a JSON number", Refused.SCHEMA_ONLY, "/spend/amount", SegmentContractTest::full,
            d -> at(d, "/spend").put("amount", 412.5)),
        value("personal data", Refused.SCHEMA_ONLY, "", SegmentContractTest::full,
            d -> d.put("email", "ada@example.com")),
        value("misspelt nested field", Refused.SCHEMA_ONLY, "/complaints", SegmentContractTest::full,
            d -> at(d, "/complaints").put("closed", 2)),
        value("last purchase before the first", Refused.RECORD_ONLY, "lastPurchaseAt", SegmentContractTest::full,
            d -> d.put("lastPurchaseAt", "2024-01-01T00:00:00Z")),
        value("last purchase after asOf", Refused.RECORD_ONLY, "asOf", SegmentContractTest::full,
            d -> d.put("lastPurchaseAt", "2026-03-02T00:00:00Z")),
        value("more purchases in 12 months than ever", Refused.RECORD_ONLY, "purchaseCountLast12Months",
            SegmentContractTest::full, d -> d.put("purchaseCountLast12Months", 8)),
        value("12-month spend above lifetime spend", Refused.RECORD_ONLY, "spendLast12Months",
            SegmentContractTest::full, d -> at(d, "/spendLast12Months").put("amount", "500")),
        value("12-month spend in another currency", Refused.RECORD_ONLY, "spendLast12Months",
            SegmentContractTest::full, d -> at(d, "/spendLast12Months").put("currency", "USD")),
        value("refunds in another currency", Refused.RECORD_ONLY, "refunds.amount", SegmentContractTest::full,
            d -> at(d, "/refunds/amount").put("currency", "GBP")),
        value("top category spend in another currency", Refused.RECORD_ONLY, "topCategories",
            SegmentContractTest::full, d -> at(d, "/topCategories/0/spend").put("currency", "USD")),
        value("two entries for one currency", Refused.RECORD_ONLY, "spendByCurrency", SegmentContractTest::full,
            d -> at(d, "/spendByCurrency/1").put("currency", "EUR")),
        value("two entries for one contact pair", Refused.RECORD_ONLY, "contacts", SegmentContractTest::full,
            d -> ((ArrayNode) d.get("contacts")).add(d.at("/contacts/0").deepCopy())),
        value("a product listed twice", Refused.RECORD_ONLY, "topProducts", SegmentContractTest::full,
            d -> at(d, "/topProducts/1").put("id", "sku-1")),
        value("interval with a single purchase", Refused.RECORD_ONLY, "typicalIntervalDays",
            SegmentContractTest::minimal, d -> d.put("typicalIntervalDays", 30)),
        value("refund amount without refunds", Refused.RECORD_ONLY, "amount", SegmentContractTest::minimal,
            d -> at(d, "/refunds/amount").put("amount", "5")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenValues")
  void shouldRefuseBrokenCustomerValues(String name, Refused refused, String expected, ObjectNode doc)
      throws Exception {
    check(name, refused, expected, doc, ContractSchemas.CUSTOMER_VALUE, VALUES);
  }

  // ---- broken segment changes ----

  private static ObjectNode tierChange() {
    return (ObjectNode) Json.mapper().valueToTree(SegmentExamples.changes().get(0));
  }

  private static ObjectNode stageChange() {
    return (ObjectNode) Json.mapper().valueToTree(SegmentExamples.changes().get(2));
  }

  static Stream<Arguments> brokenChanges() {
    return Stream.of(
        value("missing type", Refused.BOTH, "/type", SegmentContractTest::tierChange, d -> d.remove("type")),
        value("unknown type", Refused.BOTH, "/type", SegmentContractTest::tierChange,
            d -> d.put("type", "retention.segment.teleported.v1")),
        value("class name as type", Refused.BOTH, "/type", SegmentContractTest::tierChange,
            d -> d.put("type", TierChanged.class.getName())),
        value("missing customer id", Refused.BOTH, "/customerId", SegmentContractTest::tierChange,
            d -> d.remove("customerId")),
        value("missing to", Refused.BOTH, "/to", SegmentContractTest::tierChange, d -> d.remove("to")),
        value("a stage in a tier change", Refused.BOTH, "/to", SegmentContractTest::tierChange,
            d -> d.put("to", "LAPSED")),
        value("a tier in a stage change", Refused.BOTH, "/from", SegmentContractTest::stageChange,
            d -> d.put("from", "HIGH")),
        value("missing at", Refused.BOTH, "/at", SegmentContractTest::stageChange, d -> d.remove("at")),
        value("blank cause event id", Refused.BOTH, "/causeEventId", SegmentContractTest::tierChange,
            d -> d.put("causeEventId", " ")),
        value("missing definitions version", Refused.BOTH, "/definitionsVersion",
            SegmentContractTest::stageChange, d -> d.remove("definitionsVersion")),
        value("unknown field", Refused.SCHEMA_ONLY, "", SegmentContractTest::tierChange,
            d -> d.put("reason", "spent a lot")),
        value("from equal to to", Refused.RECORD_ONLY, "to must differ from from", SegmentContractTest::tierChange,
            d -> d.put("from", "HIGH")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenChanges")
  void shouldRefuseBrokenSegmentChanges(String name, Refused refused, String expected, ObjectNode doc)
      throws Exception {
    check(name, refused, expected, doc, ContractSchemas.SEGMENT_CHANGE, CHANGES);
  }

  /**
   * Schema refusals must point at {@code expected} (a JSON pointer prefix); record refusals must name
   * {@code expected} in the message. Rules the schema cannot state (relations between fields) are the record's alone:
   * for those the schema is shown to accept the document.
   */
  private void check(String name, Refused refused, String expected, ObjectNode doc, String schema,
      JsonSerde<?> serde) throws Exception {
    List<Violation> violations = schemas.validate(schema, doc);
    byte[] bytes = Json.mapper().writeValueAsBytes(doc);

    if (refused == Refused.RECORD_ONLY) {
      assertThat(violations).as(name).isEmpty();
      assertThatThrownBy(() -> serde.read(bytes)).as(name)
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining(expected);
      return;
    }
    assertThat(violations).as(name).isNotEmpty();
    assertThat(violations).as(name).anyMatch(v -> v.path().startsWith(expected));
    if (refused == Refused.BOTH) {
      assertThatThrownBy(() -> serde.read(bytes)).as(name).isInstanceOf(SerializationException.class);
    } else {
      assertThat(serde.read(bytes)).as(name).isNotNull();
    }
  }
}
