package dev.retention.ingestion.http;

import dev.retention.contracts.deadletter.RejectReason;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why the gateway refused an input: the {@code reason} member of its problems, the problem type, and the
 * {@code reason} tag of the rejected counter. The validation reasons are the dead-letter codes of
 * {@link RejectReason}, so an event refused over HTTP and over Kafka carries the same code.
 */
public enum GatewayReason {
  MALFORMED_JSON(RejectReason.MALFORMED_JSON, 400, "Malformed JSON"),
  TOO_LARGE(RejectReason.TOO_LARGE, 413, "Too large"),
  UNKNOWN_TYPE(RejectReason.UNKNOWN_TYPE, 422, "Unknown event type"),
  INVALID_EVENT(RejectReason.INVALID_EVENT, 422, "Invalid event"),
  UNSUPPORTED_MEDIA_TYPE("UNSUPPORTED_MEDIA_TYPE", 415, "Unsupported media type"),
  UNAUTHORIZED("UNAUTHORIZED", 401, "API key required"),
  FORBIDDEN("FORBIDDEN", 403, "Not allowed"),
  UNAVAILABLE("UNAVAILABLE", 503, "Kafka unavailable"),
  NOT_WRITTEN("NOT_WRITTEN", 500, "Not written");

  private static final String TYPE_BASE = "https://retention.dev/problems/";

  private final String code;
  private final int status;
  private final String title;

  GatewayReason(String code, int status, String title) {
    this.code = code;
    this.status = status;
    this.title = title;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The problem type, e.g. {@code https://retention.dev/problems/invalid-event}. */
  public URI type() {
    return URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** The reason of a validation reject code; codes the gateway does not know are invalid events. */
  public static GatewayReason ofRejectCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElse(INVALID_EVENT);
  }

  /** The reason of a problem a shared component raised with only a status (401, 403, 413, ...). */
  public static Optional<GatewayReason> ofStatus(int status) {
    return switch (status) {
      case 400 -> Optional.of(MALFORMED_JSON);
      case 401 -> Optional.of(UNAUTHORIZED);
      case 403 -> Optional.of(FORBIDDEN);
      case 413 -> Optional.of(TOO_LARGE);
      case 415 -> Optional.of(UNSUPPORTED_MEDIA_TYPE);
      case 503 -> Optional.of(UNAVAILABLE);
      default -> Optional.empty();
    };
  }
}
