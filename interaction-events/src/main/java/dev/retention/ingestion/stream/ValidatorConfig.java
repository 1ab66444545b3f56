package dev.retention.ingestion.stream;

import dev.retention.ingestion.validation.ValidationRules;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the raw-topic validator can be tuned with. Every field has a documented default in {@link #DEFAULTS}; the
 * validator's own fields are also {@link #settings() settings}, while the validation rules are shared by every
 * ingestion path and resolved by whoever runs them.
 *
 * @param rules the limits every ingestion path applies (largest event, clock skew, earliest time); default
 *     {@link ValidationRules#DEFAULTS}: 64 KiB, 5 min, the epoch
 * @param dedupHorizon how long, in received time (the raw records' timestamps), an idempotency key (source + id) is
 *     remembered: the same event again within this horizon is dropped as a duplicate; after it, it is accepted again.
 *     Received time, not the event's own time, so that re-importing history meets its first import. Also the dedup
 *     store's retention: keys are kept on disk for the horizon plus up to half of it. Default 7 days
 * @param deadLetterPayloadLimit the most bytes of a refused input a dead letter carries; longer input (only ever
 *     refused as too large) is cut, and the message says so, so that its dead letter (base64, a third larger) still
 *     fits a Kafka record of the default 1 MiB. Default 256 KiB
 */
public record ValidatorConfig(
    ValidationRules rules,
    Duration dedupHorizon,
    int deadLetterPayloadLimit) {

  /** The Kafka Streams application id of the validator. */
  public static final String APPLICATION_ID = "retention-ingestion-validator";

  public static final ValidatorConfig DEFAULTS =
      new ValidatorConfig(ValidationRules.DEFAULTS, Duration.ofDays(7), 256 * 1024);

  public static final Setting<Duration> DEDUP_HORIZON = Setting.of("validator.dedup.horizon", Parsers.duration(),
      "How long the validator remembers an event's (source, id): the same event again within it is dropped as a "
          + "duplicate, after it accepted again. Measured in received time (the raw records' timestamps) back from "
          + "the newest record seen on the partition, so a re-import of old history meets its first import.")
      .withDefault("7d");

  public static final Setting<Long> DEAD_LETTER_MAX_PAYLOAD = Setting.of("validator.dead-letter.max-payload",
      Parsers.dataSize().check(b -> b <= Integer.MAX_VALUE, "must be less than 2g"),
      "Most bytes of a refused record a dead letter keeps; longer input (only ever refused as too large) is cut. "
          + "Keep a third of headroom below the dead-letter topic's max.message.bytes (1m by default): a dead "
          + "letter carries the bytes in base64.")
      .withDefault("256k");

  public ValidatorConfig {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(dedupHorizon, "dedupHorizon");
    if (dedupHorizon.isNegative() || dedupHorizon.isZero()) {
      throw new IllegalArgumentException("dedupHorizon must be positive, was " + dedupHorizon);
    }
    if (deadLetterPayloadLimit < rules.maxEventBytes()) {
      throw new IllegalArgumentException("deadLetterPayloadLimit (" + deadLetterPayloadLimit
          + ") must be at least the largest accepted event (" + rules.maxEventBytes() + " bytes)");
    }
  }

  /** The validator's own settings (the validation rules are not among them: every ingestion path shares those). */
  public static List<Setting<?>> settings() {
    return List.of(DEDUP_HORIZON, DEAD_LETTER_MAX_PAYLOAD);
  }

  /**
   * The values of {@link #settings()}, resolved.
   *
   * @param rules the validation limits, shared with the other ingestion paths
   */
  public static ValidatorConfig from(ConfigValues values, ValidationRules rules) {
    return new ValidatorConfig(rules, values.get(DEDUP_HORIZON),
        Math.toIntExact(values.get(DEAD_LETTER_MAX_PAYLOAD)));
  }

  public ValidatorConfig withRules(ValidationRules newRules) {
    return new ValidatorConfig(newRules, dedupHorizon, deadLetterPayloadLimit);
  }

  public ValidatorConfig withDedupHorizon(Duration horizon) {
    return new ValidatorConfig(rules, horizon, deadLetterPayloadLimit);
  }
}
