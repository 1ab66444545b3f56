package dev.retention.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.retention.contracts.events.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumMap;
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
  /** Per event type, the quick check that lets the (common) valid event skip the full validator. */
  private final Map<EventType, QuickCheck> quickChecks = quickChecks();

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
    if (quickChecks.get(eventType.get()).test(event) == QuickCheck.Verdict.PASS) {
      return List.of();
    }
    return validate(eventType.get().typeName() + ".schema.json", event);
  }

  /**
   * The full validator is the contract's judge, but it costs a fifth of the ingestion validator's time per event
   * (profiled: most of it walking, resolving references and building paths for messages no valid event needs). The
   * quick check runs first: when it is sure an event is valid, that is the answer; when it finds a fault or is unsure,
   * the full validator decides and describes every fault. It is sure only where it reproduces the full validator
   * exactly, which {@code QuickSchemaTest} checks on every schema against thousands of mutated events.
   */
  private static Map<EventType, QuickCheck> quickChecks() {
    QuickSchemaCompiler compiler = new QuickSchemaCompiler(ContractSchemas::document);
    Map<EventType, QuickCheck> checks = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      checks.put(type, compiler.compile(type.typeName() + ".schema.json"));
    }
    return checks;
  }

  /** The JSON of a schema file under {@code schemas/} on the classpath. */
  static JsonNode document(String file) {
    try (InputStream in = ContractSchemas.class.getResourceAsStream("/schemas/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + file + " on the classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema " + file, e);
    }
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
