package dev.retention.ingestion.http;

import dev.retention.ingestion.validation.Validation;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.Problem.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The problems the gateway answers with. Each carries a typed URI ({@link GatewayReason#type()}), a {@code reason}
 * member with the code clients and the dead letter share, and {@code errors} naming every field at fault as JSON
 * pointers into the event.
 */
public final class GatewayProblems {

  public static final String REASON = "reason";

  private GatewayProblems() {}

  public static Problem of(GatewayReason reason, String detail, List<FieldError> errors) {
    return Problem.of(reason.type(), reason.title(), reason.status(), detail)
        .withErrors(errors)
        .withExtension(REASON, reason.code());
  }

  /** 400, 413 or 422 for an event the shared validation refused, with every field at fault. */
  public static Problem rejected(Validation.Rejected rejected) {
    GatewayReason reason = GatewayReason.ofRejectCode(rejected.reason());
    List<FieldError> errors = rejected.problems().stream()
        .map(p -> new FieldError(p.pointer(), withoutPointer(p.pointer(), p.message())))
        .toList();
    String detail = errors.size() == 1 ? errors.get(0).detail()
        : errors.size() + " problems: " + errors.stream()
            .map(e -> (e.pointer().isEmpty() ? "" : e.pointer() + ": ") + e.detail())
            .collect(Collectors.joining("; "));
    return of(reason, detail, errors);
  }

  /** Schema messages start with the pointer they are about; in {@code errors} the pointer is a member of its own. */
  private static String withoutPointer(String pointer, String message) {
    String prefix = pointer + ": ";
    return message.startsWith(prefix) && message.length() > prefix.length() ? message.substring(prefix.length())
        : message;
  }

  /** 403: the key's source does not cover the event's source. */
  public static Problem sourceNotAllowed(String keySource, String eventSource) {
    String detail = "The API key of source '" + keySource + "' may publish events of source '" + keySource
        + "' and below it ('" + keySource + "/...', '" + keySource + ":...'), not of source '" + eventSource + "'.";
    return of(GatewayReason.FORBIDDEN, detail, List.of(new FieldError("/source", detail)));
  }

  /** 415. */
  public static Problem unsupportedMediaType(String contentType, String expected) {
    String detail = (contentType == null || contentType.isBlank() ? "The request has no Content-Type"
        : "Content-Type '" + contentType + "' is not supported") + "; send " + expected + ".";
    return of(GatewayReason.UNSUPPORTED_MEDIA_TYPE, detail, List.of());
  }

  /** 503: not written, retry later. */
  public static Problem unavailable(String detail) {
    return of(GatewayReason.UNAVAILABLE, "The event was not written: Kafka is not available (" + detail
        + "). Retry later; retrying an event that was written after all is safe, duplicates are dropped.",
        List.of());
  }

  /** 500: not written, and a retry is unlikely to help. */
  public static Problem notWritten(String detail) {
    return of(GatewayReason.NOT_WRITTEN, "The event was not written: Kafka refused it (" + detail + ").",
        List.of());
  }

  /**
   * A problem from a shared component (API keys, body limits), given the gateway's type and reason for its status;
   * problems that already have a reason are returned as they are.
   */
  public static Problem normalize(Problem problem) {
    if (problem.extensions().containsKey(REASON)) {
      return problem;
    }
    return GatewayReason.ofStatus(problem.status())
        .map(reason -> new Problem(reason.type(), reason.title(), problem.status(), problem.detail(),
            problem.instance(), problem.errors(), problem.extensions()).withExtension(REASON, reason.code()))
        .orElse(problem);
  }

  /** The reason of a gateway problem, if it has one. */
  public static GatewayReason reasonOf(Problem problem) {
    Object code = problem.extensions().get(REASON);
    if (code instanceof String c) {
      for (GatewayReason reason : GatewayReason.values()) {
        if (reason.code().equals(c)) {
          return reason;
        }
      }
    }
    return GatewayReason.ofStatus(problem.status()).orElse(GatewayReason.NOT_WRITTEN);
  }
}
