package dev.retention.churn.trainer;

import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import java.time.Duration;
import java.util.List;

/**
 * How the in-service model trainer runs.
 *
 * @param enabled whether this instance trains; with several instances, one is enough (each would publish the same
 *     parameters for the same data, so more is only wasted work)
 * @param interval time between fits (wall clock: a schedule of work, not event-time logic; the fit is as of the
 *     newest event time in the data)
 * @param minCustomers fewest customers a fit needs; below it nothing is published
 */
public record TrainerConfig(boolean enabled, Duration interval, int minCustomers) {

  public static final Setting<Boolean> ENABLED = Setting.of("churn.trainer.enabled", Parsers.bool(),
      "Whether this instance fits BG/NBD and Gamma-Gamma on the population and publishes them to "
          + "retention.model.v1. One instance is enough.")
      .withDefault("true");

  public static final Setting<Duration> INTERVAL = Setting.of("churn.trainer.interval", Parsers.duration(),
      "Wall-clock time between fits; the first runs this long after start.")
      .withDefault("6h");

  public static final Setting<Integer> MIN_CUSTOMERS = Setting.of("churn.trainer.min-customers",
      Parsers.positiveInt(), "Fewest customers with a purchase a fit needs; below it nothing is published.")
      .withDefault("100");

  public static List<Setting<?>> settings() {
    return List.of(ENABLED, INTERVAL, MIN_CUSTOMERS);
  }

  public static TrainerConfig from(ConfigValues values) {
    return new TrainerConfig(values.get(ENABLED), values.get(INTERVAL), values.get(MIN_CUSTOMERS));
  }
}
