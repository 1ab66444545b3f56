package dev.retention.ingestion.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.ingestion.validation.Validation.Accepted;
import dev.retention.ingestion.validation.Validation.Rejected;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventValidatorTest {

  static final Instant RECEIVED = Instant.parse("2026-03-01T10:00:00Z");
  static final String VALID = """
      {"specversion":"1.0","id":"o-1","source":"shop","type":"retention.purchase.completed.v1","subject":"c-1",
       "time":"2026-03-01T09:30:00Z",
       "data":{"orderId":"o-1","kind":"ORDER","total":{"amount":"59.97","currency":"EUR"}}}""";

  private final EventValidator validator = new EventValidator(ValidationRules.DEFAULTS);

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String with(String from, String to) {
    String result = VALID.replace(from, to);
    assertThat(result).as("test input edit %s", from).isNotEqualTo(VALID);
    return result;
  }

  @Test
  void shouldAcceptAValidEvent() {
    Validation verdict = validator.validateRecord(bytes(VALID), "c-1", RECEIVED);
    assertThat(verdict).isInstanceOf(Accepted.class);
    assertThat(((Accepted) verdict).event().id()).isEqualTo("o-1");
  }

  static Stream<Arguments> badInputs() {
    String tooBig = VALID.replace("\"o-1\",\"kind\"", "\"o-1\",\"x\":\"" + "a".repeat(70_000) + "\",\"kind\"");
    return Stream.of(
        Arguments.of("malformed JSON", bytes("{\"specversion\":"), RejectReason.MALFORMED_JSON, ""),
        Arguments.of("trailing garbage", bytes(VALID + "}"), RejectReason.MALFORMED_JSON, ""),
        Arguments.of("JSON but not an object", bytes("[1,2]"), RejectReason.MALFORMED_JSON, ""),
        Arguments.of("a JSON string", bytes("\"hello\""), RejectReason.MALFORMED_JSON, ""),
        Arguments.of("empty body", new byte[0], RejectReason.MALFORMED_JSON, ""),
        Arguments.of("blank body", bytes("   "), RejectReason.MALFORMED_JSON, ""),
        Arguments.of("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            RejectReason.MALFORMED_JSON, ""),
        Arguments.of("unknown type", bytes(with("retention.purchase.completed.v1", "retention.purchase.lost.v1")),
            RejectReason.UNKNOWN_TYPE, "/type"),
        Arguments.of("missing id", bytes(with("\"id\":\"o-1\",", "")), RejectReason.INVALID_EVENT, ""),
        Arguments.of("missing subject", bytes(with("\"subject\":\"c-1\",", "")), RejectReason.INVALID_EVENT, ""),
        Arguments.of("missing time", bytes(with("\"time\":\"2026-03-01T09:30:00Z\",", "")),
            RejectReason.INVALID_EVENT, ""),
        Arguments.of("wrong field type", bytes(with("\"kind\":\"ORDER\"", "\"kind\":7")),
            RejectReason.INVALID_EVENT, "/data/kind"),
        Arguments.of("negative amount", bytes(with("\"59.97\"", "\"-5\"")), RejectReason.INVALID_EVENT,
            "/data/total/amount"),
        Arguments.of("non-numeric amount", bytes(with("\"59.97\"", "\"lots\"")), RejectReason.INVALID_EVENT,
            "/data/total/amount"),
        Arguments.of("unknown currency", bytes(with("\"EUR\"", "\"XYZ\"")), RejectReason.INVALID_EVENT,
            "/data/total"),
        Arguments.of("time far in the future", bytes(with("2026-03-01T09:30:00Z", "2026-03-02T09:30:00Z")),
            RejectReason.INVALID_EVENT, "/time"),
        Arguments.of("time before 1970", bytes(with("2026-03-01T09:30:00Z", "1969-12-31T23:59:59Z")),
            RejectReason.INVALID_EVENT, "/time"),
        Arguments.of("oversize event", bytes(tooBig), RejectReason.TOO_LARGE, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void shouldRejectBadInputWithReasonAndField(String name, byte[] input, String reason, String path) {
    Validation verdict = validator.validate(input, RECEIVED);

    assertThat(verdict).as(name).isInstanceOf(Rejected.class);
    Rejected rejected = (Rejected) verdict;
    assertThat(rejected.reason()).as(name).isEqualTo(reason);
    assertThat(rejected.fieldPath()).as(name).startsWith(path);
    assertThat(rejected.message()).as(name).isNotBlank();
  }

  @Test
  void shouldRejectAnNpsOutsideZeroToTen() {
    String survey = """
        {"specversion":"1.0","id":"s-1","source":"survey","type":"retention.survey.answered.v1","subject":"c-1",
         "time":"2026-03-01T09:30:00Z",
         "data":{"surveyId":"s-1","metric":"NPS","score":11,"touchpoint":"support"}}""";
    Rejected rejected = (Rejected) validator.validate(bytes(survey), RECEIVED);
    assertThat(rejected.reason()).isEqualTo(RejectReason.INVALID_EVENT);
    assertThat(rejected.fieldPath()).isEqualTo("/data/score");
  }

  @Test
  void shouldListEveryFieldAtFault() {
    String broken = with("\"59.97\"", "\"-5\"").replace("\"ORDER\"", "\"GIFT\"");
    Rejected rejected = (Rejected) validator.validate(bytes(broken), RECEIVED);
    assertThat(rejected.problems()).extracting(Validation.FieldProblem::pointer)
        .contains("/data/kind", "/data/total/amount");
  }

  @Test
  void shouldRequireTheRecordKeyToBeTheSubject() {
    Rejected missing = (Rejected) validator.validateRecord(bytes(VALID), null, RECEIVED);
    Rejected other = (Rejected) validator.validateRecord(bytes(VALID), "c-2", RECEIVED);
    assertThat(missing.reason()).isEqualTo(RejectReason.KEY_MISMATCH);
    assertThat(other.reason()).isEqualTo(RejectReason.KEY_MISMATCH);
    assertThat(other.message()).contains("c-2").contains("c-1");
  }

  @Test
  void shouldAcceptClockSkewWithinTheConfiguredLimit() {
    EventValidator lenient = new EventValidator(
        new ValidationRules(64 * 1024, Duration.ofDays(2), Instant.EPOCH));
    assertThat(lenient.validate(bytes(with("2026-03-01T09:30:00Z", "2026-03-02T09:30:00Z")), RECEIVED))
        .isInstanceOf(Accepted.class);
  }
}
