package dev.retention.contracts.deadletter;

/** The reason codes of {@link DeadLetter#reason()}. New codes may be added within v1. */
public final class RejectReason {

  /** The bytes are not JSON, or not a JSON object. */
  public static final String MALFORMED_JSON = "MALFORMED_JSON";
  /** The {@code type} attribute names no known event type. */
  public static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
  /** The event violates its JSON Schema or the record's rules; {@code fieldPath} says where. */
  public static final String INVALID_EVENT = "INVALID_EVENT";
  /** The Kafka key is not the event's {@code subject}. */
  public static final String KEY_MISMATCH = "KEY_MISMATCH";
  /** The event is older than the grace period allows. */
  public static final String LATE_EVENT = "LATE_EVENT";
  /** The input is larger than the configured limit. */
  public static final String TOO_LARGE = "TOO_LARGE";
  /**
   * A record on a topic the platform's own services write could not be read with the topic's catalog serde: written
   * by something else, or corrupted. The service went on with the next record.
   */
  public static final String UNREADABLE_RECORD = "UNREADABLE_RECORD";
  /** Processing failed for a reason that is not the input's fault; the message has the details. */
  public static final String PROCESSING_ERROR = "PROCESSING_ERROR";

  private RejectReason() {}
}
