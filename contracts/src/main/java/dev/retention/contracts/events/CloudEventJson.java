package dev.retention.contracts.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@link CloudEvent} in structured JSON mode: core attributes and extension attributes side by side
 * at the top level, {@code data} typed by the {@code type} attribute through {@link EventType}.
 */
public final class CloudEventJson {

  private CloudEventJson() {}

  /**
   * Binds a CloudEvent from a JSON tree the caller has already parsed (and, typically, validated against its schema),
   * without parsing or copying the tree again: the ingestion validators' hot path.
   */
  public static CloudEvent read(ObjectNode tree, ObjectMapper mapper) throws IOException {
    return Reader.fromTree(tree, null, dataNode -> dataClass -> mapper.treeToValue(dataNode, dataClass));
  }

  public static Module module() {
    SimpleModule module = new SimpleModule("RetentionCloudEvent");
    module.addSerializer(CloudEvent.class, new Writer());
    module.addDeserializer(CloudEvent.class, new Reader());
    return module;
  }

  static final class Writer extends StdSerializer<CloudEvent> {
    Writer() {
      super(CloudEvent.class);
    }

    @Override
    public void serialize(CloudEvent event, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("specversion", event.specversion());
      gen.writeStringField("id", event.id());
      gen.writeStringField("source", event.source());
      gen.writeStringField("type", event.type());
      gen.writeStringField("subject", event.subject());
      gen.writeStringField("time", event.time().toString());
      if (event.datacontenttype() != null) {
        gen.writeStringField("datacontenttype", event.datacontenttype());
      }
      if (event.dataschema() != null) {
        gen.writeStringField("dataschema", event.dataschema());
      }
      for (Map.Entry<String, String> ext : new TreeMap<>(event.extensions()).entrySet()) {
        gen.writeStringField(ext.getKey(), ext.getValue());
      }
      provider.defaultSerializeField("data", event.data(), gen);
      gen.writeEndObject();
    }
  }

  static final class Reader extends StdDeserializer<CloudEvent> {
    Reader() {
      super(CloudEvent.class);
    }

    @Override
    public CloudEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = p.readValueAsTree();
      if (tree == null || !tree.isObject()) {
        throw MismatchedInputException.from(p, CloudEvent.class, "a CloudEvent must be a JSON object");
      }
      return fromTree((ObjectNode) tree, p, dataNode -> dataClass -> ctxt.readTreeAsValue(dataNode, dataClass));
    }

    /** Reads {@code data} into its record; as a function so that a caller without a context can bind it too. */
    interface DataReader {
      Binder node(JsonNode dataNode);

      interface Binder {
        EventData as(Class<? extends EventData> dataClass) throws IOException;
      }
    }

    static CloudEvent fromTree(ObjectNode node, JsonParser p, DataReader dataReader) throws IOException {
      String type = text(p, node, "type");
      EventType eventType = EventType.byName(type).orElseThrow(() -> withPath(
          InvalidFormatException.from(p, "unknown event type \"" + type + "\"", type, String.class), "type"));
      JsonNode dataNode = node.get("data");
      if (dataNode == null || dataNode.isNull()) {
        throw withPath(MismatchedInputException.from(p, CloudEvent.class, "data is required"), "data");
      }
      EventData data;
      try {
        data = dataReader.node(dataNode).as(eventType.dataClass());
      } catch (JsonMappingException e) {
        e.prependPath(CloudEvent.class, "data");
        throw e;
      }
      Map<String, String> extensions = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!CloudEvent.RESERVED.contains(field.getKey())) {
          if (!field.getValue().isValueNode() || field.getValue().isNull()) {
            throw withPath(MismatchedInputException.from(p, CloudEvent.class,
                "extension attribute must be a string, number or boolean"), field.getKey());
          }
          extensions.put(field.getKey(), field.getValue().asText());
        }
      }
      try {
        return new CloudEvent(
            text(p, node, "specversion"),
            text(p, node, "id"),
            text(p, node, "source"),
            type,
            text(p, node, "subject"),
            time(p, node),
            optionalText(p, node, "datacontenttype"),
            optionalText(p, node, "dataschema"),
            data,
            extensions);
      } catch (IllegalArgumentException e) {
        throw MismatchedInputException.from(p, CloudEvent.class, e.getMessage());
      }
    }

    private static Instant time(JsonParser p, ObjectNode node) throws IOException {
      String value = text(p, node, "time");
      try {
        return Rfc3339.parse(value);
      } catch (DateTimeParseException e) {
        throw withPath(InvalidFormatException.from(p,
            "time must be an RFC 3339 timestamp with offset, e.g. 2026-11-22T18:00:00Z", value, Instant.class),
            "time");
      }
    }

    private static String text(JsonParser p, ObjectNode node, String field) throws IOException {
      String value = optionalText(p, node, field);
      if (value == null) {
        throw withPath(MismatchedInputException.from(p, CloudEvent.class, field + " is required"), field);
      }
      return value;
    }

    private static String optionalText(JsonParser p, ObjectNode node, String field) throws IOException {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual()) {
        throw withPath(MismatchedInputException.from(p, CloudEvent.class, field + " must be a string"), field);
      }
      return value.textValue();
    }

    private static <E extends JsonMappingException> E withPath(E e, String field) {
      e.prependPath(CloudEvent.class, field);
      return e;
    }
  }
}
