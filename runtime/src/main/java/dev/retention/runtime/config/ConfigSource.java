package dev.retention.runtime.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Somewhere raw setting values come from: explicit overrides, command-line options, system properties, environment
 * variables, a properties file. {@link Settings} asks its sources in order and takes the first value found.
 */
public interface ConfigSource {

  /** The raw value this source holds for {@code setting}, if it holds one. */
  Optional<String> lookup(Setting<?> setting);

  /**
   * Where this source keeps {@code setting}, for messages: {@code environment variable RETENTION_HTTP_PORT},
   * {@code --port}.
   */
  String describe(Setting<?> setting);

  /**
   * Whether an operator sets values here, so that a message may suggest it; false for values a program passes in.
   */
  default boolean operatorFacing() {
    return true;
  }

  /** Values a program passes in, keyed by setting name; an empty value counts as given. */
  static ConfigSource overrides(Map<String, String> byName) {
    return new MapSource(byName, Setting::name, s -> "override " + s.name(), false, false);
  }

  /**
   * Command-line options, keyed by setting name and described as {@code --name}; an empty value counts as given.
   */
  static ConfigSource commandLine(Map<String, String> byName) {
    return new MapSource(byName, Setting::name, s -> "--" + s.name(), false, true);
  }

  /** Java system properties named like the settings ({@code -Dhttp.port=8081}); a blank value counts as unset. */
  static ConfigSource systemProperties(Properties properties) {
    return new MapSource(copy(properties), Setting::name, s -> "system property " + s.name(), true, true);
  }

  /** Environment variables, by each setting's {@link Setting#envVar()}; a blank value counts as unset. */
  static ConfigSource environment(Map<String, String> env) {
    return new MapSource(env, Setting::envVar, s -> "environment variable " + s.envVar(), true, true);
  }

  /** Values of a properties file read earlier, keyed by setting name; a blank value counts as unset. */
  static ConfigSource properties(Properties properties, String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    return new MapSource(copy(properties), Setting::name, s -> s.name() + " in " + fileName, true, true);
  }

  /**
   * Reads a properties file (UTF-8) whose keys are setting names; a blank value counts as unset.
   *
   * @throws IOException if the file cannot be read or is not a properties file
   */
  static ConfigSource propertiesFile(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IllegalArgumentException e) {
      // Properties.load refuses a malformed unicode escape this way
      throw new IOException("not a properties file: " + e.getMessage(), e);
    }
    return properties(properties, file.toString());
  }

  private static Map<String, String> copy(Properties properties) {
    Map<String, String> values = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      values.put(key, properties.getProperty(key));
    }
    return values;
  }
}
