package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.events.CustomerData;
import dev.retention.contracts.events.EventType;
import dev.retention.contracts.events.InteractionData;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.schema.ContractSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every record field is in its schema and every schema property is a record field: neither can drift alone. */
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
}
