package dev.retention.ingestion.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.ingestion.validation.Validation;
import dev.retention.runtime.http.Problem;
import java.net.URI;
import java.util.List;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class GatewayProblemsTest {

  @Test
  void shouldMapEveryValidationReasonToItsStatus() {
    assertThat(status(RejectReason.MALFORMED_JSON)).isEqualTo(400);
    assertThat(status(RejectReason.TOO_LARGE)).isEqualTo(413);
    assertThat(status(RejectReason.UNKNOWN_TYPE)).isEqualTo(422);
    assertThat(status(RejectReason.INVALID_EVENT)).isEqualTo(422);
    assertThat(status("SOMETHING_NEW")).isEqualTo(422);
  }

  private static int status(String reason) {
    return GatewayProblems.rejected(new Validation.Rejected(reason, "", "bad", List.of())).status();
  }

  @Test
  void shouldNameEveryFieldAtFault() {
    Problem problem = GatewayProblems.rejected(new Validation.Rejected(RejectReason.INVALID_EVENT,
        "/data/kind", "2 problems", List.of(new Validation.FieldProblem("/data/kind", "not an enum value"),
            new Validation.FieldProblem("/data/total/amount", "negative"))));
    assertThat(problem.type()).isEqualTo(URI.create("https://retention.dev/problems/invalid-event"));
    assertThat(problem.title()).isEqualTo("Invalid event");
    assertThat(problem.extensions()).containsEntry("reason", "INVALID_EVENT");
    assertThat(problem.errors()).extracting(Problem.FieldError::pointer)
        .containsExactly("/data/kind", "/data/total/amount");
  }

  @Test
  void shouldNotRepeatThePointerInTheDetails() {
    Problem problem = GatewayProblems.rejected(new Validation.Rejected(RejectReason.INVALID_EVENT, "",
        ": required property 'id' not found", List.of(new Validation.FieldProblem("",
            ": required property 'id' not found"))));
    assertThat(problem.detail()).isEqualTo("required property 'id' not found");
    assertThat(problem.errors().get(0).detail()).isEqualTo("required property 'id' not found");

    Problem two = GatewayProblems.rejected(new Validation.Rejected(RejectReason.INVALID_EVENT, "/a", "x",
        List.of(new Validation.FieldProblem("/a", "/a: wrong"), new Validation.FieldProblem("/b", "/b: bad"))));
    assertThat(two.detail()).isEqualTo("2 problems: /a: wrong; /b: bad");
  }

  @Test
  void shouldTypeSharedProblemsByStatus() {
    Problem normalized = GatewayProblems.normalize(Problem.of(401, "key required"));
    assertThat(normalized.type()).isEqualTo(URI.create("https://retention.dev/problems/unauthorized"));
    assertThat(normalized.detail()).isEqualTo("key required");
    assertThat(GatewayProblems.reasonOf(normalized)).isEqualTo(GatewayReason.UNAUTHORIZED);
    assertThat(GatewayProblems.reasonOf(GatewayProblems.normalize(Problem.of(413, "big"))))
        .isEqualTo(GatewayReason.TOO_LARGE);
  }

  @Test
  void shouldPointAForbiddenSourceAtTheSourceField() {
    Problem problem = GatewayProblems.sourceNotAllowed("shop", "pos");
    assertThat(problem.status()).isEqualTo(403);
    assertThat(problem.errors()).extracting(Problem.FieldError::pointer).containsExactly("/source");
  }

  @Test
  void shouldTellRetriableKafkaErrorsFromFinalOnes() {
    assertThat(RawEventPublisher.classify(new TimeoutException("metadata"))).isInstanceOf(
        PublishResult.Unavailable.class);
    assertThat(RawEventPublisher.classify(new NotEnoughReplicasException("isr"))).isInstanceOf(
        PublishResult.Unavailable.class);
    assertThat(RawEventPublisher.classify(new IllegalStateException("producer closed"))).isInstanceOf(
        PublishResult.Unavailable.class);
    assertThat(RawEventPublisher.classify(new RecordTooLargeException("big"))).isInstanceOf(
        PublishResult.Failed.class);
  }
}
