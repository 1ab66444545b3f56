package dev.retention.contracts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one JSON serde of the platform: a Kafka {@link Serializer}, {@link Deserializer} and {@link Serde} in one
 * class, backed by {@link Json#mapper()}. Types appear in JSON by their logical names only (see
 * {@link dev.retention.contracts.events.EventType}), never as Java class names.
 *
 * <p>A null value maps to a null record and back, so tombstones on compacted topics pass through unchanged.
 */
public final class JsonSerde<T> implements Serializer<T>, Deserializer<T>, Serde<T> {

  private final JavaType type;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  private JsonSerde(ObjectMapper mapper, JavaType type) {
    this.type = type;
    this.reader = mapper.readerFor(type);
    this.writer = mapper.writerFor(type);
  }

  public static <T> JsonSerde<T> of(Class<T> type) {
    ObjectMapper mapper = Json.mapper();
    return new JsonSerde<>(mapper, mapper.constructType(type));
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    try {
      return writer.writeValueAsBytes(data);
    } catch (JsonProcessingException e) {
      throw new SerializationException(
          "cannot write " + type.getTypeName() + " as JSON for topic " + topic + ": " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return reader.readValue(data);
    } catch (IOException | IllegalArgumentException e) {
      throw new SerializationException(
          "cannot read " + type.getTypeName() + " from topic " + topic + ": " + JsonErrors.describe(e), e);
    }
  }

  /** Reads a value from bytes outside Kafka (HTTP bodies, files), with the same rules and errors. */
  public T read(byte[] json) {
    return deserialize(null, json);
  }

  /** Writes a value to bytes outside Kafka, with the same rules. */
  public byte[] write(T value) {
    return serialize(null, value);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    // nothing to configure: the JSON dialect is fixed by the contract
  }

  @Override
  public void close() {
    // stateless
  }

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  @Override
  public String toString() {
    return "JsonSerde<" + type.getTypeName() + ">";
  }
}
