package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ChurnWarningEscalated;
import dev.retention.contracts.churn.ChurnWarningRaised;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.schema.ContractSchemas;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The churn contract on the wire: the catalog serdes round-trip risks, warnings and model parameters, their JSON
 * matches the published schemas, carries logical type names only, and broken documents are refused by both the
 * schema and the record.
 */
class ChurnContractTest {

  private final ContractSchemas schemas = ContractSchemas.get();

  static Stream<Arguments> records() {
    Stream<Arguments> risks = ChurnExamples.risks().stream()
        .map(r -> Arguments.of(Topics.CHURN_RISK, r, ContractSchemas.CHURN_RISK));
    Stream<Arguments> warnings = ChurnExamples.warnings().stream()
        .map(w -> Arguments.of(Topics.CHURN_WARNINGS, w, ContractSchemas.CHURN_WARNING));
    Stream<Arguments> models = ChurnExamples.models().stream()
        .map(m -> Arguments.of(Topics.MODEL, m, ContractSchemas.MODEL));
    return Stream.of(risks, warnings, models).flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("records")
  void shouldRoundTripThroughTheCatalogSerdeAndMatchTheSchema(Topic<String, Object> topic, Object record,
      String schema) throws Exception {
    byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), record);

    assertThat(topic.valueSerde().deserializer().deserialize(topic.name(), bytes)).isEqualTo(record);
    JsonNode json = Json.mapper().readTree(bytes);
    assertThat(schemas.validate(schema, json)).isEmpty();
    assertThat(json.toString()).doesNotContain("dev.retention").doesNotContain("@class");
  }

  @Test
  void shouldWriteTheLogicalTypeNameOfEachWarning() throws Exception {
    for (ChurnWarning warning : ChurnExamples.warnings()) {
      JsonNode json = Json.mapper().readTree(serialize(warning));
      assertThat(json.get(ChurnWarning.TYPE_PROPERTY).textValue()).isEqualTo(warning.typeName());
    }
  }

  static Stream<Arguments> brokenWarnings() {
    return Stream.of(
        Arguments.of("no reasons", (Consumer<ObjectNode>) w -> w.putArray("reasons"), "/reasons"),
        Arguments.of("score above 100", (Consumer<ObjectNode>) w -> w.put("score", 101), "/score"),
        Arguments.of("unknown level", (Consumer<ObjectNode>) w -> w.put("level", "SEVERE"), "/level"),
        Arguments.of("missing warningId", (Consumer<ObjectNode>) w -> w.remove("warningId"), "/warningId"),
        Arguments.of("unknown signal", (Consumer<ObjectNode>) w ->
            ((ObjectNode) w.withArray("reasons").get(0)).put("signal", "MOON_PHASE"), "/reasons/0/signal"),
        Arguments.of("points of zero", (Consumer<ObjectNode>) w ->
            ((ObjectNode) w.withArray("reasons").get(0)).put("points", 0), "/reasons/0/points"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenWarnings")
  void shouldRefuseABrokenWarningInSchemaAndRecord(String name, Consumer<ObjectNode> breakIt, String path)
      throws Exception {
    ObjectNode json = (ObjectNode) Json.mapper().readTree(serialize(ChurnExamples.warnings().get(0)));
    breakIt.accept(json);

    assertThat(schemas.validate(ContractSchemas.CHURN_WARNING, json)).extracting(ContractSchemas.Violation::path)
        .anySatisfy(p -> assertThat(p).startsWith(path));
    byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Topics.CHURN_WARNINGS.valueSerde().deserializer().deserialize("t", bytes))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void shouldRefuseAnEscalationThatDoesNotGoUp() {
    ChurnWarningRaised raised = (ChurnWarningRaised) ChurnExamples.warnings().get(0);
    assertThatThrownBy(() -> new ChurnWarningEscalated("e", "w", "c-1", raised.at(), "v", null, RiskLevel.HIGH,
        RiskLevel.MEDIUM, 50, raised.reasons(), null))
        .hasMessageContaining("to must be above from");
  }

  @Test
  void shouldRefuseAWarningOfAnUnknownType() {
    byte[] bytes = "{\"type\":\"retention.churn.warning-snoozed.v1\",\"customerId\":\"c-1\"}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(schemas.validate(ContractSchemas.CHURN_WARNING, readTree(bytes))).isNotEmpty();
    assertThatThrownBy(() -> Topics.CHURN_WARNINGS.valueSerde().deserializer().deserialize("t", bytes))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void shouldRefuseARiskScoreOutOfRangeAndANonPositiveModelParameter() {
    ChurnRisk risk = ChurnExamples.risks().get(1);
    assertThatThrownBy(() -> new ChurnRisk(risk.customerId(), risk.asOf(), risk.definitionsVersion(), 101,
        risk.level(), risk.reasons(), null, null, null)).hasMessageContaining("score");
    assertThatThrownBy(() -> new ModelParameters("bg-nbd", "v", Map.of("r", -1.0), -1, 1, risk.asOf()))
        .hasMessageContaining("parameters.r");
    assertThatThrownBy(() -> ChurnExamples.models().get(0).parameter("beta")).hasMessageContaining("beta");
  }

  @Test
  void shouldOrderRiskLevelsFromLeastToMostUrgent() {
    assertThat(RiskLevel.HIGH.isAbove(RiskLevel.MEDIUM)).isTrue();
    assertThat(RiskLevel.MEDIUM.isAbove(RiskLevel.LOW)).isTrue();
    assertThat(RiskLevel.LOW.isAbove(RiskLevel.LOW)).isFalse();
    assertThat(List.of(RiskLevel.values())).containsExactly(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH);
  }

  private static byte[] serialize(ChurnWarning warning) {
    return Topics.CHURN_WARNINGS.valueSerde().serializer().serialize("t", warning);
  }

  private static JsonNode readTree(byte[] bytes) {
    try {
      return Json.mapper().readTree(bytes);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
