package dev.retention.runtime.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One configuration key, declared once: its name ({@code kafka.bootstrap.servers}, also its system property and its
 * key in a properties file), the environment variable that sets it ({@code RETENTION_KAFKA_BOOTSTRAP_SERVERS}), its
 * default, its documentation and the parser that types and validates a raw value. Declare settings as constants next
 * to the code that uses them and resolve them with {@link Settings}:
 *
 * <pre>{@code
 * static final Setting<Integer> HTTP_PORT =
 *     Setting.of("http.port", Parsers.listenPort(), "Port of the HTTP API.").withDefault("8080");
 * }</pre>
 *
 * <p>The default is raw text, parsed like any other value: it is documented exactly as an operator would write it,
 * and a bad default fails the same way a bad value does.
 *
 * @param defaultValue raw default; empty when the setting has none
 * @param optional whether a setting without a default may stay unset (then read it with {@link ConfigValues#find});
 *     a setting that is neither optional nor defaulted must be given
 */
public record Setting<T>(
    String name, String envVar, Optional<String> defaultValue, boolean optional, String doc, Parser<T> parser) {

  /** Prefix of derived environment variables. */
  public static final String ENV_PREFIX = "RETENTION_";

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern ENV_VAR = Pattern.compile("[A-Z][A-Z0-9_]*");

  public Setting {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(envVar, "envVar");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(parser, "parser");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "setting name must be lower-case words separated by '.' or '-', like kafka.bootstrap.servers: '" + name
              + "'");
    }
    if (!ENV_VAR.matcher(envVar).matches()) {
      throw new IllegalArgumentException("environment variable of " + name + " must be upper case: '" + envVar + "'");
    }
    if (doc.isBlank()) {
      throw new IllegalArgumentException("setting " + name + " needs a doc");
    }
    if (optional && defaultValue.isPresent()) {
      throw new IllegalArgumentException("setting " + name + " has a default, so it cannot also be optional");
    }
  }

  /**
   * A required setting without default whose environment variable is derived from its name
   * ({@link #envVarFor(String)}); add a default with {@link #withDefault}.
   */
  public static <T> Setting<T> of(String name, Parser<T> parser, String doc) {
    return new Setting<>(name, envVarFor(name), Optional.empty(), false, doc, parser);
  }

  /** {@code RETENTION_} plus the name in upper case, dots and dashes as underscores: {@code RETENTION_HTTP_PORT}. */
  public static String envVarFor(String name) {
    return ENV_PREFIX + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The same setting with a default (raw text, parsed when resolved). */
  public Setting<T> withDefault(String rawDefault) {
    return new Setting<>(name, envVar, Optional.of(rawDefault), false, doc, parser);
  }

  /** The same setting read from another environment variable than the derived one. */
  public Setting<T> withEnvVar(String variable) {
    return new Setting<>(name, variable, defaultValue, optional, doc, parser);
  }

  /** The same setting, allowed to stay unset: it has no value unless one is given. */
  public Setting<T> asOptional() {
    return new Setting<>(name, envVar, Optional.empty(), true, doc, parser);
  }

  /** Whether resolving fails when no source gives a value. */
  public boolean required() {
    return defaultValue.isEmpty() && !optional;
  }

  /** The kind of value, for help texts: {@code PORT}, {@code DURATION}. */
  public String label() {
    return parser.label();
  }

  /**
   * Parses a raw value, stripped of surrounding white space.
   *
   * @throws IllegalArgumentException saying what a valid value looks like
   */
  public T parse(String raw) {
    return parser.parse(raw.strip());
  }
}
