package dev.retention.ingestion.validation;

import dev.retention.contracts.events.CloudEvent;
import java.util.List;
import java.util.Objects;

/** The verdict on one piece of untrusted input: an event the platform accepts, or the reasons it refuses it. */
public sealed interface Validation permits Validation.Accepted, Validation.Rejected {

  /** The input is a valid platform event. */
  record Accepted(CloudEvent event) implements Validation {
    public Accepted {
      Objects.requireNonNull(event, "event");
    }
  }

  /**
   * The input is refused.
   *
   * @param reason a {@link dev.retention.contracts.deadletter.RejectReason} code
   * @param fieldPath JSON pointer of the first field at fault ("" for the whole input)
   * @param message one sentence for a person
   * @param problems every field at fault, for answers that can list them all (HTTP problem details)
   */
  record Rejected(String reason, String fieldPath, String message, List<FieldProblem> problems)
      implements Validation {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(fieldPath, "fieldPath");
      Objects.requireNonNull(message, "message");
      problems = problems == null || problems.isEmpty() ? List.of(new FieldProblem(fieldPath, message))
          : List.copyOf(problems);
    }

    static Rejected of(String reason, String fieldPath, String message) {
      return new Rejected(reason, fieldPath, message, List.of());
    }
  }

  /** One field at fault: where (a JSON pointer) and what is wrong with it. */
  record FieldProblem(String pointer, String message) {}
}
