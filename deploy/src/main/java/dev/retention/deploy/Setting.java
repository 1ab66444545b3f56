package dev.retention.deploy;

import java.util.Objects;
import java.util.function.Function;

/**
 * One configuration key, declared once: its name (which is also its command-line option, {@code --name}), the
 * environment variable that overrides it, its default, its documentation and how a raw value is parsed and validated.
 *
 * @param parser turns a raw value into a typed one, or throws {@link IllegalArgumentException} saying what a valid
 *     value looks like
 */
public record Setting<T>(
    String name, String envVar, String defaultValue, String paramLabel, String doc, Function<String, T> parser) {

  public Setting {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(envVar, "envVar");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(paramLabel, "paramLabel");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(parser, "parser");
  }

  /** The command-line option, e.g. {@code --port}. */
  public String option() {
    return "--" + name;
  }

  /** Parses a raw value; {@code source} says where it came from, for the error message. */
  public T parse(String raw, String source) {
    try {
      return parser.apply(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new LauncherException(
          "invalid value '" + raw + "' for " + option() + " (from " + source + "): " + e.getMessage());
    }
  }

  /** How to override this setting, for messages: {@code --port or RETENTION_KAFKA_PORT}. */
  public String howToSet() {
    return option() + " or " + envVar;
  }
}
