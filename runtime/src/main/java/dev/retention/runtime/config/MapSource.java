package dev.retention.runtime.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link ConfigSource} backed by a map of raw values.
 *
 * @param key the map key of a setting: its name or its environment variable
 * @param describe where a setting's value lives in this source, for messages
 * @param blankIsUnset whether a blank value counts as not given; true where an empty value is usually an accident
 *     ({@code RETENTION_HTTP_PORT= java ...}), false for explicit values such as command-line options
 */
record MapSource(
    Map<String, String> values,
    Function<Setting<?>, String> key,
    Function<Setting<?>, String> describe,
    boolean blankIsUnset,
    boolean operatorFacing) implements ConfigSource {

  MapSource {
    values = Map.copyOf(Objects.requireNonNull(values, "values"));
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(describe, "describe");
  }

  @Override
  public Optional<String> lookup(Setting<?> setting) {
    String value = values.get(key.apply(setting));
    if (value == null || (blankIsUnset && value.isBlank())) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  @Override
  public String describe(Setting<?> setting) {
    return describe.apply(setting);
  }
}
