package dev.retention.ingestion.validation;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.retention.contracts.deadletter.RejectReason;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.CloudEventJson;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.json.JsonErrors;
import dev.retention.contracts.schema.ContractSchemas;
import dev.retention.contracts.schema.ContractSchemas.Violation;
import dev.retention.ingestion.validation.Validation.FieldProblem;
import dev.retention.ingestion.validation.Validation.Rejected;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides whether untrusted bytes are a platform event, the same way on every ingestion path (Kafka validator, HTTP,
 * bulk import), so that an event refused on one path is refused on all with the same reason and field.
 *
 * <p>Order of checks: size, UTF-8, JSON syntax, JSON object, schema (with every field at fault), the records' own
 * rules, then time plausibility and the record key. Thread-safe.
 */
public final class EventValidator {

  private static final ObjectReader TREE_READER = Json.mapper().reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ValidationRules rules;
  private final ContractSchemas schemas = ContractSchemas.get();

  public EventValidator(ValidationRules rules) {
    this.rules = rules;
  }

  public ValidationRules rules() {
    return rules;
  }

  /**
   * Validates one event received without a Kafka key (HTTP, import).
   *
   * @param receivedAt when the input was received: the reference for the future-skew rule
   */
  public Validation validate(byte[] payload, Instant receivedAt) {
    Validation parsed = parse(payload);
    if (parsed instanceof Validation.Accepted accepted) {
      return checkTime(accepted.event(), receivedAt);
    }
    return parsed;
  }

  /** Validates a record of the raw topic: as {@link #validate} and its key must be the event's subject. */
  public Validation validateRecord(byte[] payload, String key, Instant receivedAt) {
    Validation verdict = validate(payload, receivedAt);
    if (verdict instanceof Validation.Accepted accepted) {
      String subject = accepted.event().subject();
      if (key == null) {
        return Rejected.of(RejectReason.KEY_MISMATCH, "/subject",
            "the record has no key; it must be the event's subject \"" + subject + "\"");
      }
      if (!key.equals(subject)) {
        return Rejected.of(RejectReason.KEY_MISMATCH, "/subject",
            "the record key \"" + key + "\" is not the event's subject \"" + subject + "\"");
      }
    }
    return verdict;
  }

  private Validation parse(byte[] payload) {
    if (payload == null || payload.length == 0) {
      return Rejected.of(RejectReason.MALFORMED_JSON, "", "the input is empty; expected a CloudEvent JSON object");
    }
    if (payload.length > rules.maxEventBytes()) {
      return Rejected.of(RejectReason.TOO_LARGE, "", "the event is " + payload.length
          + " bytes; at most " + rules.maxEventBytes() + " bytes are accepted");
    }
    String utf8Problem = utf8Problem(payload);
    if (utf8Problem != null) {
      return Rejected.of(RejectReason.MALFORMED_JSON, "", utf8Problem);
    }
    JsonNode tree;
    try {
      tree = TREE_READER.readTree(payload);
    } catch (JsonParseException e) {
      return Rejected.of(RejectReason.MALFORMED_JSON, "", "not valid JSON: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
    } catch (IOException e) {
      return Rejected.of(RejectReason.MALFORMED_JSON, "", "not valid JSON: " + e.getMessage());
    }
    if (tree == null || tree.isMissingNode()) {
      return Rejected.of(RejectReason.MALFORMED_JSON, "", "the input is blank; expected a CloudEvent JSON object");
    }
    if (!tree.isObject()) {
      return Rejected.of(RejectReason.MALFORMED_JSON, "", "expected a CloudEvent JSON object, got "
          + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    List<Violation> violations = schemas.validateEvent(tree);
    if (!violations.isEmpty()) {
      return schemaRejection(tree, violations);
    }
    try {
      return new Validation.Accepted(CloudEventJson.read((ObjectNode) tree, Json.mapper()));
    } catch (IOException | IllegalArgumentException e) {
      // the schema cannot express every rule (e.g. a real ISO 4217 code); the records enforce the rest
      String path = JsonErrors.path(e);
      return Rejected.of(RejectReason.INVALID_EVENT, path, JsonErrors.describe(e));
    }
  }

  private static Rejected schemaRejection(JsonNode tree, List<Violation> violations) {
    JsonNode type = tree.get("type");
    boolean unknownType = violations.size() == 1 && violations.get(0).path().equals("/type")
        && type != null && type.isTextual();
    String reason = unknownType ? RejectReason.UNKNOWN_TYPE : RejectReason.INVALID_EVENT;
    List<FieldProblem> problems = violations.stream()
        .map(v -> new FieldProblem(v.path(), v.message()))
        .toList();
    String message = violations.size() == 1 ? violations.get(0).message()
        : violations.size() + " problems: " + violations.stream()
            .map(v -> (v.path().isEmpty() ? "" : v.path() + ": ") + v.message())
            .collect(Collectors.joining("; "));
    return new Rejected(reason, violations.get(0).path(), message, problems);
  }

  private Validation checkTime(CloudEvent event, Instant receivedAt) {
    Instant latest = receivedAt.plus(rules.maxFutureSkew());
    if (event.time().isAfter(latest)) {
      return Rejected.of(RejectReason.INVALID_EVENT, "/time", "time " + event.time() + " is "
          + human(Duration.between(receivedAt, event.time())) + " after it was received (" + receivedAt
          + "); at most " + human(rules.maxFutureSkew()) + " of clock skew is accepted");
    }
    if (event.time().isBefore(rules.earliestTime())) {
      return Rejected.of(RejectReason.INVALID_EVENT, "/time", "time " + event.time() + " is before "
          + rules.earliestTime() + ", the earliest accepted");
    }
    return new Validation.Accepted(event);
  }

  private static String utf8Problem(byte[] payload) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(payload);
    try {
      decoder.decode(buffer);
      return null;
    } catch (CharacterCodingException e) {
      return "the input is not valid UTF-8 (bad byte sequence near byte " + buffer.position() + ")";
    }
  }

  private static String human(Duration d) {
    long seconds = d.getSeconds();
    if (seconds >= 86_400) {
      return (seconds / 86_400) + " d";
    }
    if (seconds >= 3_600) {
      return (seconds / 3_600) + " h";
    }
    if (seconds >= 60) {
      return (seconds / 60) + " min";
    }
    return seconds + " s";
  }
}
