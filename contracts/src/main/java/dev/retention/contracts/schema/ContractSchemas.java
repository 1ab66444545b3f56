package dev.retention.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.retention.contracts.events.EventType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schemas (draft 2020-12, under {@code schemas/} on the classpath) as validators. Schemas are
 * loaded from the classpath only; their {@code https://retention.dev/schemas/} ids are never fetched.
 */
public final class ContractSchemas {

  /** The {@code $id} prefix of every platform schema. */
  public static final String BASE_URI = "https://retention.dev/schemas/";
  public static final String CUSTOMER_PROFILE = "customer-profile.v1.schema.json";
  public static final String DEAD_LETTER = "dead-letter.v1.schema.json";
  public static final String ENVELOPE = "cloudevent.schema.json";
  /** The value of {@code retention.customer-value.v1}. */
  public static final String CUSTOMER_VALUE = "customer-value.v1.schema.json";
  /** The value of {@code retention.segment-changes.v1}: any segment change, told apart by its {@code type}. */
  public static final String SEGMENT_CHANGE = "segment-change.v1.schema.json";
  /** One kind of segment change, {@code retention.segment.tier-changed.v1}. */
  public static final String TIER_CHANGED = "retention.segment.tier-changed.v1.schema.json";
  /** One kind of segment change, {@code retention.segment.lifecycle-stage-changed.v1}. */
  public static final String LIFECYCLE_STAGE_CHANGED = "retention.segment.lifecycle-stage-changed.v1.schema.json";

  /** The value of {@code retention.churn-risk.v1}. */
  public static final String CHURN_RISK = "churn-risk.v1.schema.json";
  /** The value of {@code retention.churn-warnings.v1}: any warning record, told apart by its {@code type}. */
  public static final String CHURN_WARNING = "churn-warning.v1.schema.json";
  /** The value of {@code retention.model.v1}. */
  public static final String MODEL = "model.v1.schema.json";

  private static final ContractSchemas INSTANCE = new ContractSchemas();

  private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE_URI, "classpath:schemas/")));
  private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
      .formatAssertionsEnabled(true)
      .pathType(com.networknt.schema.PathType.JSON_POINTER)
      .build();
  private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

  private ContractSchemas() {}

  public static ContractSchemas get() {
    return INSTANCE;
  }

  /** One schema violation: where ({@code /data/total/amount}) and what. */
  public record Violation(String path, String message) {}

  /** Validates a CloudEvent document against the schema of the type it names; an unknown type is a violation. */
  public List<Violation> validateEvent(JsonNode event) {
    JsonNode type = event == null ? null : event.get("type");
    if (event == null || !event.isObject()) {
      return List.of(new Violation("", "a CloudEvent must be a JSON object"));
    }
    if (type == null || !type.isTextual()) {
      // the envelope schema reports the missing or mistyped type, and anything else wrong with the envelope
      return validate(ENVELOPE, event);
    }
    Optional<EventType> eventType = EventType.byName(type.textValue());
    if (eventType.isEmpty()) {
      return List.of(new Violation("/type", "unknown event type \"" + type.textValue() + "\""));
    }
    return validate(eventType.get().typeName() + ".schema.json", event);
  }

  /** Validates {@code document} against the schema file {@code schemaFile} (a name under {@code schemas/}). */
  public List<Violation> validate(String schemaFile, JsonNode document) {
    JsonSchema schema = cache.computeIfAbsent(schemaFile,
        file -> factory.getSchema(SchemaLocation.of(BASE_URI + file), config));
    return schema.validate(document).stream()
        .map(ContractSchemas::violation)
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
        .distinct()
        .toList();
  }

  private static Violation violation(ValidationMessage message) {
    String path = message.getInstanceLocation() == null ? "" : message.getInstanceLocation().toString();
    if ("$".equals(path) || "/".equals(path)) {
      path = "";
    }
    // a missing property is reported at its parent; point at the property itself, as a client would look for it
    if ("required".equals(message.getType()) && message.getProperty() != null) {
      path = path + "/" + message.getProperty();
    }
    String error = message.getError() != null ? message.getError() : message.getMessage();
    return new Violation(path, error);
  }
}
