package dev.retention.ingestion.http;

import dev.retention.ingestion.validation.EventValidator;
import dev.retention.ingestion.validation.Validation;
import dev.retention.runtime.http.ApiKeys;
import dev.retention.runtime.http.Problem;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides about one event of a request: the shared {@link EventValidator} (the same verdict as the Kafka and import
 * paths), then whether the caller's API key covers the event's {@code source}.
 */
final class EventAdmission {

  private final EventValidator validator;

  EventAdmission(EventValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  Admission admit(byte[] bytes, ApiKeys.Client client, Instant receivedAt) {
    Validation verdict = validator.validate(bytes, receivedAt);
    if (verdict instanceof Validation.Rejected rejected) {
      Problem problem = GatewayProblems.rejected(rejected);
      return new Admission.Refused(problem, GatewayProblems.reasonOf(problem));
    }
    Validation.Accepted accepted = (Validation.Accepted) verdict;
    String source = accepted.event().source();
    if (!client.covers(source)) {
      return new Admission.Refused(GatewayProblems.sourceNotAllowed(client.source(), source),
          GatewayReason.FORBIDDEN);
    }
    return new Admission.Admitted(accepted.event(), bytes);
  }
}
