package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.events.CustomerData;
import dev.retention.contracts.events.EventType;
import dev.retention.contracts.events.InteractionData;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.schema.ContractSchemas;
import dev.retention.contracts.segments.ComplaintCounts;
import dev.retention.contracts.segments.ContactCount;
import dev.retention.contracts.segments.CurrencySpend;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.Preference;
import dev.retention.contracts.segments.RefundSummary;
import dev.retention.contracts.segments.RfmScores;
import dev.retention.contracts.segments.SegmentChange;
import dev.retention.contracts.segments.SurveyScores;
import dev.retention.contracts.segments.ValueTier;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record field is in its schema and every schema property is a record field: neither can drift alone. The
 * same holds for the segmentation outputs, their nested records, their enumerations and the logical type names.
 */
class SchemaRecordAgreementTest {

  @ParameterizedTest
  @EnumSource(EventType.class)
  void shouldDeclareExactlyTheRecordFieldsInTheSchema(EventType type) throws IOException {
    JsonNode data = schema(type.typeName() + ".schema.json").at("/$defs/data");
    assertThat(propertyNames(data)).isEqualTo(componentNames(type.dataClass()));
    assertThat(data.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void shouldDeclareTheProfileAndDeadLetterFields() throws IOException {
    assertThat(propertyNames(schema(ContractSchemas.CUSTOMER_PROFILE)))
        .isEqualTo(componentNames(CustomerProfile.class));
    assertThat(propertyNames(schema(ContractSchemas.DEAD_LETTER))).isEqualTo(componentNames(DeadLetter.class));
  }

  @Test
  void shouldMapEveryPermittedRecordToOneEventType() {
    Set<Class<?>> permitted = Stream.of(InteractionData.class, CustomerData.class)
        .flatMap(c -> Arrays.stream(c.getPermittedSubclasses()))
        .collect(Collectors.toSet());
    Set<Class<?>> mapped = Arrays.stream(EventType.values()).map(EventType::dataClass).collect(Collectors.toSet());
    assertThat(mapped).isEqualTo(permitted);
    for (EventType type : EventType.values()) {
      assertThat(type.isInteraction()).as(type.typeName())
          .isEqualTo(InteractionData.class.isAssignableFrom(type.dataClass()));
    }
  }

  @Test
  void shouldKeepPersonalDataOutOfInteractionEvents() {
    Set<String> personal = Set.of("name", "email", "phone", "birthday", "address", "firstName", "lastName");
    for (EventType type : EventType.values()) {
      if (type.isInteraction()) {
        assertThat(componentNames(type.dataClass())).as(type.typeName()).doesNotContainAnyElementsOf(personal);
      }
    }
  }

  static Stream<Arguments> outputRecords() {
    String value = ContractSchemas.CUSTOMER_VALUE;
    return Stream.of(
        Arguments.of(CustomerValue.class, value, ""),
        Arguments.of(CurrencySpend.class, value, "/$defs/currencySpend"),
        Arguments.of(RfmScores.class, value, "/$defs/rfmScores"),
        Arguments.of(RefundSummary.class, value, "/$defs/refunds"),
        Arguments.of(ContactCount.class, value, "/$defs/contactCount"),
        Arguments.of(ComplaintCounts.class, value, "/$defs/complaints"),
        Arguments.of(SurveyScores.class, value, "/$defs/surveys"),
        Arguments.of(Preference.class, value, "/$defs/preference"),
        Arguments.of(dev.retention.contracts.churn.ChurnRisk.class, ContractSchemas.CHURN_RISK, ""),
        Arguments.of(dev.retention.contracts.churn.RiskReason.class, ContractSchemas.CHURN_RISK, "/$defs/riskReason"),
        Arguments.of(dev.retention.contracts.churn.Measure.class, ContractSchemas.CHURN_RISK, "/$defs/measure"),
        Arguments.of(dev.retention.contracts.churn.Prediction.class, ContractSchemas.CHURN_RISK, "/$defs/prediction"),
        Arguments.of(dev.retention.contracts.churn.ModelParameters.class, ContractSchemas.MODEL, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputRecords")
  void shouldDeclareExactlyTheOutputRecordFieldsInTheSchema(Class<?> record, String file, String pointer)
      throws IOException {
    JsonNode object = schema(file).at(pointer);
    assertThat(propertyNames(object)).as(record.getSimpleName()).isEqualTo(componentNames(record));
    assertThat(object.get("additionalProperties").asBoolean(true)).as(record.getSimpleName()).isFalse();
  }

  @Test
  void shouldDeclareEverySegmentChangeUnderItsLogicalTypeName() throws IOException {
    JsonSubTypes.Type[] subtypes = SegmentChange.class.getAnnotation(JsonSubTypes.class).value();
    Set<Class<?>> named = Arrays.stream(subtypes).map(JsonSubTypes.Type::value).collect(Collectors.toSet());
    assertThat(named).isEqualTo(Set.of(SegmentChange.class.getPermittedSubclasses()));

    Map<Class<?>, String> typeNames = SegmentExamples.changes().stream()
        .collect(Collectors.toMap(Object::getClass, SegmentChange::typeName, (a, b) -> a));
    assertThat(typeNames.keySet()).isEqualTo(named);
    Set<String> names = new HashSet<>();
    for (JsonSubTypes.Type subtype : subtypes) {
      String name = subtype.name();
      names.add(name);
      assertThat(typeNames.get(subtype.value())).isEqualTo(name);
      assertThat(name).matches("retention\\.segment\\.[a-z-]+\\.v[0-9]+");
      JsonNode schema = schema(name + ".schema.json");
      Set<String> fields = new HashSet<>(componentNames(subtype.value()));
      fields.add(SegmentChange.TYPE_PROPERTY);
      assertThat(propertyNames(schema)).as(name).isEqualTo(fields);
      assertThat(schema.at("/properties/type/const").textValue()).isEqualTo(name);
      assertThat(schema.get("additionalProperties").asBoolean(true)).as(name).isFalse();
    }
    JsonNode dispatch = schema(ContractSchemas.SEGMENT_CHANGE);
    Set<String> dispatched = new HashSet<>();
    dispatch.at("/properties/type/enum").forEach(n -> dispatched.add(n.textValue()));
    assertThat(dispatched).isEqualTo(names);
    Set<String> referenced = new HashSet<>();
    dispatch.get("allOf").forEach(branch -> referenced.add(branch.at("/then/$ref").textValue()));
    assertThat(referenced).isEqualTo(names.stream().map(n -> n + ".schema.json").collect(Collectors.toSet()));
  }

  @Test
  void shouldListTheSegmentEnumerationsExactly() throws IOException {
    JsonNode defs = schema(ContractSchemas.CUSTOMER_VALUE).get("$defs");
    assertThat(enumValues(defs.get("valueTier"))).isEqualTo(constants(ValueTier.class));
    assertThat(enumValues(defs.get("frequencyClass"))).isEqualTo(constants(FrequencyClass.class));
    assertThat(enumValues(defs.get("lifecycleStage"))).isEqualTo(constants(LifecycleStage.class));
  }

  private static List<String> enumValues(JsonNode schema) {
    List<String> values = new ArrayList<>();
    schema.get("enum").forEach(n -> values.add(n.textValue()));
    return values;
  }

  private static List<String> constants(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  private static JsonNode schema(String file) throws IOException {
    try (InputStream in = SchemaRecordAgreementTest.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
      assertThat(in).as(file).isNotNull();
      return Json.mapper().readTree(in);
    }
  }

  private static Set<String> propertyNames(JsonNode schema) {
    Set<String> names = new HashSet<>();
    schema.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> componentNames(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
  }

  @Test
  void shouldDeclareEveryChurnWarningUnderItsLogicalTypeNameAndEverySignalAndLevel() throws IOException {
    JsonSubTypes.Type[] subtypes =
        dev.retention.contracts.churn.ChurnWarning.class.getAnnotation(JsonSubTypes.class).value();
    Set<Class<?>> named = Arrays.stream(subtypes).map(JsonSubTypes.Type::value).collect(Collectors.toSet());
    assertThat(named).isEqualTo(Set.of(dev.retention.contracts.churn.ChurnWarning.class.getPermittedSubclasses()));
    Set<String> names = new HashSet<>();
    for (JsonSubTypes.Type subtype : subtypes) {
      names.add(subtype.name());
      assertThat(subtype.name()).matches("retention\\.churn\\.[a-z-]+\\.v[0-9]+");
      JsonNode schema = schema(subtype.name() + ".schema.json");
      Set<String> fields = new HashSet<>(componentNames(subtype.value()));
      fields.add(dev.retention.contracts.churn.ChurnWarning.TYPE_PROPERTY);
      assertThat(propertyNames(schema)).as(subtype.name()).isEqualTo(fields);
      assertThat(schema.at("/properties/type/const").textValue()).isEqualTo(subtype.name());
    }
    Set<String> dispatched = new HashSet<>();
    schema(ContractSchemas.CHURN_WARNING).at("/properties/type/enum").forEach(n -> dispatched.add(n.textValue()));
    assertThat(dispatched).isEqualTo(names);

    JsonNode risk = schema(ContractSchemas.CHURN_RISK);
    assertThat(enumNames(risk.at("/$defs/riskSignal/enum")))
        .isEqualTo(Arrays.stream(dev.retention.contracts.churn.RiskSignal.values()).map(Enum::name).toList());
    assertThat(enumNames(risk.at("/$defs/riskLevel/enum")))
        .isEqualTo(Arrays.stream(dev.retention.contracts.churn.RiskLevel.values()).map(Enum::name).toList());
  }

  private static java.util.List<String> enumNames(JsonNode array) {
    java.util.List<String> names = new java.util.ArrayList<>();
    array.forEach(n -> names.add(n.textValue()));
    return names;
  }
}
