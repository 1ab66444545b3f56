package dev.retention.runtime.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the configuration: a value its parser refused, or a required setting nobody gave.
 *
 * @param value the raw value as given; empty when the setting is missing
 * @param origin where the value came from ({@code environment variable RETENTION_HTTP_PORT}, {@code default}); for a
 *     missing setting, {@code nowhere}
 * @param reason what is wrong, as the parser said it ({@code must be a port number between 1 and 65535})
 * @param howToSet where an operator can set the setting ({@code environment variable RETENTION_HTTP_PORT or system
 *     property http.port})
 */
public record ConfigProblem(Setting<?> setting, Optional<String> value, String origin, String reason, String howToSet) {

  public ConfigProblem {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(howToSet, "howToSet");
  }

  /** A value that its parser refused. */
  static ConfigProblem invalid(Setting<?> setting, String value, String origin, String reason, String howToSet) {
    return new ConfigProblem(setting, Optional.of(value), origin, reason, howToSet);
  }

  /** A required setting without a value. */
  static ConfigProblem missing(Setting<?> setting, String howToSet) {
    return new ConfigProblem(setting, Optional.empty(), "nowhere", "required, and it has no default", howToSet);
  }

  /**
   * One line: {@code http.port: invalid value 'x' (from environment variable RETENTION_HTTP_PORT): must be a port
   * number between 0 (any free port) and 65535; set environment variable RETENTION_HTTP_PORT or system property
   * http.port}.
   */
  public String message() {
    String what = value
        .map(v -> "invalid value '" + v + "' (from " + origin + "): " + reason)
        .orElse("no value: " + reason);
    return setting.name() + ": " + what + (howToSet.isEmpty() ? "" : "; set " + howToSet);
  }
}
