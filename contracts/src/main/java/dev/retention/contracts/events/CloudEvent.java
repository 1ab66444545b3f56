package dev.retention.contracts.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A platform event in the CloudEvents 1.0 envelope, structured JSON mode.
 *
 * @param id unique per {@code source}; ({@code source}, {@code id}) is the idempotency key
 * @param source URI-reference of the system that produced the event, e.g. {@code shop/eu-1} or {@code urn:pos:store-17}
 * @param type the logical type name; always the one {@link EventType} assigns to {@code data}
 * @param subject the pseudonymous customer id; the Kafka key of the event on every topic
 * @param time when it happened (event time), not when it was sent
 * @param datacontenttype always {@code application/json} when present
 * @param dataschema optional URI of the schema {@code data} adheres to
 * @param extensions CloudEvents extension attributes (lower-case names, string values), e.g. {@code traceparent}
 */
public record CloudEvent(
    String specversion,
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String datacontenttype,
    String dataschema,
    EventData data,
    Map<String, String> extensions) {

  public static final String SPEC_VERSION = "1.0";
  public static final String JSON_CONTENT_TYPE = "application/json";
  /** The HTTP media type of a single event in structured mode. */
  public static final String MEDIA_TYPE = "application/cloudevents+json";

  static final Pattern EXTENSION_NAME = Pattern.compile("[a-z0-9]{1,20}");
  static final java.util.Set<String> RESERVED = java.util.Set.of(
      "specversion", "id", "source", "type", "subject", "time", "datacontenttype", "dataschema", "data",
      "data_base64");

  public CloudEvent {
    if (!SPEC_VERSION.equals(specversion)) {
      throw new IllegalArgumentException("specversion must be \"1.0\", was "
          + (specversion == null ? "absent" : "\"" + specversion + "\""));
    }
    Require.text(id, "id");
    if (id.length() > 256) {
      throw new IllegalArgumentException("id must be at most 256 characters");
    }
    Require.text(source, "source");
    Require.text(type, "type");
    Require.identifier(subject, "subject");
    Require.present(time, "time");
    if (datacontenttype != null && !JSON_CONTENT_TYPE.equals(datacontenttype)) {
      throw new IllegalArgumentException("datacontenttype must be application/json, was " + datacontenttype);
    }
    Require.optionalText(dataschema, "dataschema");
    Require.present(data, "data");
    EventType expected = EventType.of(data);
    if (!expected.typeName().equals(type)) {
      throw new IllegalArgumentException("type \"" + type + "\" does not match data of type \""
          + expected.typeName() + "\"");
    }
    extensions = extensions == null ? Map.of() : checkExtensions(extensions);
  }

  /** A new event with the type derived from {@code data} and no optional attributes. */
  public static CloudEvent of(String id, String source, String subject, Instant time, EventData data) {
    Objects.requireNonNull(data, "data");
    return new CloudEvent(SPEC_VERSION, id, source, EventType.of(data).typeName(), subject, time,
        JSON_CONTENT_TYPE, null, data, Map.of());
  }

  public EventType eventType() {
    return EventType.of(data);
  }

  /** The customer this event is about; the Kafka record key. */
  public String customerId() {
    return subject;
  }

  /** The idempotency key: the same (source, id) twice is the same event. */
  public String idempotencyKey() {
    return source + "\u0000" + id;
  }

  public CloudEvent withExtension(String name, String value) {
    Map<String, String> copy = new TreeMap<>(extensions);
    copy.put(name, value);
    return new CloudEvent(specversion, id, source, type, subject, time, datacontenttype, dataschema, data, copy);
  }

  private static Map<String, String> checkExtensions(Map<String, String> extensions) {
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      if (e.getKey() == null || !EXTENSION_NAME.matcher(e.getKey()).matches() || RESERVED.contains(e.getKey())) {
        throw new IllegalArgumentException("extension attribute name must be 1-20 lower-case letters or digits and "
            + "not a core attribute, was '" + e.getKey() + "'");
      }
      Require.present(e.getValue(), e.getKey());
    }
    return Map.copyOf(new TreeMap<>(extensions));
  }
}
