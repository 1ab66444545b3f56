package dev.retention.churn.stream;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.scoring.ModelBinding;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the churn topology runs with: the definitions, how it turns published model parameters into models, and how
 * often it looks for due timers. The interval decides only how soon a timer's change is published, never what it is
 * (a timer is evaluated at its exact due time), so it is not part of the definitions' version.
 *
 * @param definitions every churn definition
 * @param models turns {@code retention.model.v1} records into models
 * @param timerInterval how often, in stream time, the due-time index is scanned. Default 1 minute
 * @param lateGrace how far behind the partition's stream time an interaction event may be and still be applied;
 *     later ones go to the dead letter as {@code LATE_EVENT}. Default 1 day, as in the segmentation
 */
public record ChurnStreamConfig(ChurnConfig definitions, ModelBinding models, Duration timerInterval,
    Duration lateGrace) {

  /** The Kafka Streams application id of the churn detector. */
  public static final String APPLICATION_ID = "retention-churn";

  public static final Setting<Duration> TIMER_INTERVAL = Setting.of("churn.timer.interval", Parsers.duration(),
      "How often, in stream time, customers whose risk changes with no event (overdue purchase, complaint SLA, "
          + "windows sliding) are looked up in the due-time index. A change is always evaluated at its exact due "
          + "time; this bounds how soon it is published.")
      .withDefault("1m");

  public static final Setting<Duration> LATE_GRACE = Setting.of("churn.late.grace", Parsers.duration(),
      "How far behind the partition's stream time an interaction event may be and still be applied; later ones go "
          + "to the dead letter as LATE_EVENT and change no risk.")
      .withDefault("1d");

  public ChurnStreamConfig {
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(timerInterval, "timerInterval");
    if (timerInterval.isNegative() || timerInterval.isZero()) {
      throw new IllegalArgumentException("churn.timer.interval must be positive, was " + timerInterval);
    }
    Objects.requireNonNull(lateGrace, "lateGrace");
    if (lateGrace.isNegative()) {
      throw new IllegalArgumentException("churn.late.grace must not be negative, was " + lateGrace);
    }
  }

  public static List<Setting<?>> settings() {
    List<Setting<?>> settings = new ArrayList<>(ChurnConfig.settings());
    settings.add(TIMER_INTERVAL);
    settings.add(LATE_GRACE);
    return settings;
  }

  public static ChurnStreamConfig from(ConfigValues values, ModelBinding models) {
    return new ChurnStreamConfig(ChurnConfig.from(values), models, values.get(TIMER_INTERVAL),
        values.get(LATE_GRACE));
  }

  public static ChurnStreamConfig of(ChurnConfig definitions, ModelBinding models) {
    return new ChurnStreamConfig(definitions, models, Duration.ofMinutes(1), Duration.ofDays(1));
  }

  public ChurnStreamConfig withLateGrace(Duration grace) {
    return new ChurnStreamConfig(definitions, models, timerInterval, grace);
  }
}
