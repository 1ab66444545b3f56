package dev.retention.runtime.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The typed value of every resolved setting, and where each came from. Made by {@link Settings#resolve}; every value
 * in here passed its parser.
 */
public final class ConfigValues {

  private final Map<String, Resolved> byName;

  ConfigValues(Map<String, Resolved> byName) {
    this.byName = new LinkedHashMap<>(byName);
  }

  /** The value of a required or defaulted setting. */
  public <T> T get(Setting<T> setting) {
    return find(setting).orElseThrow(() -> new IllegalStateException(
        "setting " + setting.name() + " is optional and has no value; read it with find()"));
  }

  /** The value of a setting, empty when it is optional and nobody gave it. */
  @SuppressWarnings("unchecked") // the value was produced by a setting of this name, and names are unique
  public <T> Optional<T> find(Setting<T> setting) {
    return (Optional<T>) resolved(setting).value();
  }

  /**
   * Where the value came from: {@code default}, {@code environment variable RETENTION_HTTP_PORT}, {@code unset}.
   */
  public String origin(Setting<?> setting) {
    return resolved(setting).origin();
  }

  /** Whether the value is the setting's default, i.e. nobody gave one. */
  public boolean isDefault(Setting<?> setting) {
    return resolved(setting).origin().equals(Settings.DEFAULT_ORIGIN);
  }

  /**
   * One line per setting, {@code name = raw value (origin)} or {@code name (unset)}, for a service to log at start-up
   * so that an operator sees what it runs with.
   */
  public String describe() {
    return byName.values().stream()
        .map(r -> r.setting().name()
            + r.raw().map(raw -> " = " + raw + " (" + r.origin() + ")").orElse(" (unset)"))
        .collect(Collectors.joining("\n"));
  }

  private Resolved resolved(Setting<?> setting) {
    Resolved r = byName.get(setting.name());
    if (r == null) {
      throw new IllegalArgumentException("setting " + setting.name()
          + " was not resolved; add it to the settings passed to Settings.resolve");
    }
    return r;
  }

  /** A resolved setting: its raw text, typed value and origin; value and raw are empty for an unset optional. */
  record Resolved(Setting<?> setting, Optional<String> raw, Optional<?> value, String origin) {

    Resolved {
      Objects.requireNonNull(setting, "setting");
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(origin, "origin");
    }
  }
}
