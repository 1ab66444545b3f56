package dev.retention.contracts.deadletter;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Input the platform refused, kept whole with the reason, so that nothing is lost silently and a person can fix and
 * replay it. The key of the dead-letter record is the key of the refused record.
 *
 * @param reason machine-readable code, one of {@link RejectReason}'s constants (an open set: consumers must accept
 *     codes they do not know)
 * @param fieldPath JSON pointer of the field at fault (e.g. {@code /data/total/amount}), or "" when the whole input
 *     is at fault
 * @param message a sentence for a person: what is wrong and what was expected
 * @param origin where the input came from: {@code kafka}, {@code http}, {@code import}
 * @param sourceTopic topic of the refused record, when it came from Kafka
 * @param sourcePartition partition of the refused record, when it came from Kafka
 * @param sourceOffset offset of the refused record, when it came from Kafka
 * @param payload the refused bytes exactly as received (base64 in JSON)
 * @param rejectedAt event time of the rejection decision (the input record's timestamp), not the wall clock
 */
public record DeadLetter(
    String reason,
    String fieldPath,
    String message,
    String origin,
    String sourceTopic,
    Integer sourcePartition,
    Long sourceOffset,
    byte[] payload,
    Instant rejectedAt) {

  public DeadLetter {
    Objects.requireNonNull(reason, "reason");
    fieldPath = fieldPath == null ? "" : fieldPath;
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(origin, "origin");
    payload = payload == null ? new byte[0] : payload.clone();
    Objects.requireNonNull(rejectedAt, "rejectedAt");
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeadLetter other
        && reason.equals(other.reason)
        && fieldPath.equals(other.fieldPath)
        && message.equals(other.message)
        && origin.equals(other.origin)
        && Objects.equals(sourceTopic, other.sourceTopic)
        && Objects.equals(sourcePartition, other.sourcePartition)
        && Objects.equals(sourceOffset, other.sourceOffset)
        && Arrays.equals(payload, other.payload)
        && rejectedAt.equals(other.rejectedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, fieldPath, message, origin, sourceTopic, sourcePartition, sourceOffset,
        Arrays.hashCode(payload), rejectedAt);
  }

  @Override
  public String toString() {
    return "DeadLetter[reason=" + reason + ", fieldPath=" + fieldPath + ", message=" + message + ", origin=" + origin
        + ", source=" + sourceTopic + "-" + sourcePartition + "@" + sourceOffset + ", payload="
        + Base64.getEncoder().encodeToString(payload) + ", rejectedAt=" + rejectedAt + "]";
  }
}
