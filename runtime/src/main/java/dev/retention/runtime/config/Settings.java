package dev.retention.runtime.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Resolves settings from an ordered list of {@link ConfigSource}s: the first source holding a value wins, else the
 * default. Every setting is checked before anything is reported, so one {@link ConfigException} lists all bad and
 * missing values at once.
 *
 * <p>A service uses {@link #standard(Map)}: overrides, then system properties, then environment variables, then the
 * properties file named by {@link #CONFIG_FILE}, then defaults.
 *
 * <pre>{@code
 * ConfigValues config = Settings.standard(Map.of()).resolve(MyService.SETTINGS);
 * int port = config.get(MyService.HTTP_PORT);
 * }</pre>
 */
public final class Settings {

  /** The origin of a value that nobody gave. */
  public static final String DEFAULT_ORIGIN = "default";

  /** The properties file of {@link #standard}; its keys are setting names. */
  public static final Setting<Path> CONFIG_FILE = Setting.of("config.file", Parsers.path(),
      "Properties file with further settings, keyed by setting name (http.port=8081). System properties and "
          + "environment variables win over it. Read once at start-up.").asOptional();

  private final List<ConfigSource> sources;

  private Settings(List<ConfigSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** A resolver asking {@code sources} in order, highest precedence first. */
  public static Settings of(ConfigSource... sources) {
    return new Settings(List.of(sources));
  }

  /** A resolver asking {@code sources} in order, highest precedence first. */
  public static Settings of(List<ConfigSource> sources) {
    return new Settings(sources);
  }

  /** {@link #standard(Map, Map, Properties)} with this process's environment and system properties. */
  public static Settings standard(Map<String, String> overrides) {
    return standard(overrides, System.getenv(), System.getProperties());
  }

  /**
   * The precedence every service uses, highest first: {@code overrides} (values the program passes in, keyed by
   * setting name), system properties, environment variables, the properties file named by {@link #CONFIG_FILE} if
   * one is named, then the defaults.
   *
   * @throws ConfigException if the named properties file cannot be read
   */
  public static Settings standard(
      Map<String, String> overrides, Map<String, String> env, Properties systemProperties) {
    List<ConfigSource> sources = new ArrayList<>(List.of(
        ConfigSource.overrides(overrides),
        ConfigSource.systemProperties(systemProperties),
        ConfigSource.environment(env)));
    Settings withoutFile = new Settings(sources);
    ConfigValues fileSetting = withoutFile.resolve(List.of(CONFIG_FILE));
    Optional<Path> file = fileSetting.find(CONFIG_FILE);
    if (file.isPresent()) {
      try {
        sources.add(ConfigSource.propertiesFile(file.get()));
      } catch (IOException e) {
        throw new ConfigException(ConfigProblem.invalid(CONFIG_FILE, file.get().toString(),
            fileSetting.origin(CONFIG_FILE), "cannot read it: " + e, withoutFile.howToSet(CONFIG_FILE)));
      }
    }
    return new Settings(sources);
  }

  /**
   * Resolves every setting.
   *
   * @param settings the settings to resolve; one name may appear twice only as the same setting
   * @throws ConfigException listing every invalid and every missing value
   */
  public ConfigValues resolve(Collection<? extends Setting<?>> settings) {
    Map<String, ConfigValues.Resolved> resolved = new LinkedHashMap<>();
    List<ConfigProblem> problems = new ArrayList<>();
    for (Setting<?> setting : unique(settings)) {
      resolveOne(setting, problems).ifPresent(r -> resolved.put(setting.name(), r));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new ConfigValues(resolved);
  }

  /**
   * Where an operator can set {@code setting} with these sources: {@code environment variable RETENTION_HTTP_PORT or
   * system property http.port}.
   */
  public String howToSet(Setting<?> setting) {
    List<String> places = sources.stream()
        .filter(ConfigSource::operatorFacing)
        .map(s -> s.describe(setting))
        .toList();
    if (places.size() <= 1) {
      return String.join("", places);
    }
    return String.join(", ", places.subList(0, places.size() - 1)) + " or " + places.get(places.size() - 1);
  }

  private Optional<ConfigValues.Resolved> resolveOne(Setting<?> setting, List<ConfigProblem> problems) {
    for (ConfigSource source : sources) {
      Optional<String> raw = source.lookup(setting);
      if (raw.isPresent()) {
        // a bad value is reported, never skipped for a lower source: the operator meant this one
        return parse(setting, raw.get(), source.describe(setting), problems);
      }
    }
    if (setting.defaultValue().isPresent()) {
      return parse(setting, setting.defaultValue().get(), DEFAULT_ORIGIN, problems);
    }
    if (setting.optional()) {
      return Optional.of(new ConfigValues.Resolved(setting, Optional.empty(), Optional.empty(), "unset"));
    }
    problems.add(ConfigProblem.missing(setting, howToSet(setting)));
    return Optional.empty();
  }

  private Optional<ConfigValues.Resolved> parse(
      Setting<?> setting, String raw, String origin, List<ConfigProblem> problems) {
    try {
      Object value = setting.parse(raw);
      return Optional.of(new ConfigValues.Resolved(setting, Optional.of(raw), Optional.of(value), origin));
    } catch (IllegalArgumentException e) {
      problems.add(ConfigProblem.invalid(setting, raw, origin, String.valueOf(e.getMessage()), howToSet(setting)));
      return Optional.empty();
    }
  }

  /** The settings without repeats; refuses two different settings under one name or environment variable. */
  private static List<Setting<?>> unique(Collection<? extends Setting<?>> settings) {
    Map<String, Setting<?>> byName = new LinkedHashMap<>();
    Map<String, Setting<?>> byEnvVar = new HashMap<>();
    for (Setting<?> s : settings) {
      Objects.requireNonNull(s, "setting");
      Setting<?> sameName = byName.putIfAbsent(s.name(), s);
      if (sameName != null && !sameName.equals(s)) {
        throw new IllegalArgumentException("two different settings are named " + s.name());
      }
      Setting<?> sameVar = byEnvVar.putIfAbsent(s.envVar(), s);
      if (sameVar != null && !sameVar.name().equals(s.name())) {
        throw new IllegalArgumentException(
            "settings " + sameVar.name() + " and " + s.name() + " share environment variable " + s.envVar());
      }
    }
    return List.copyOf(byName.values());
  }
}
