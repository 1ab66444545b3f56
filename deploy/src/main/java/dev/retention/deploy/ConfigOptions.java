package dev.retention.deploy;

import dev.retention.runtime.config.Setting;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command-line options of {@link LocalKafkaConfig}, made from its {@link Setting}s so that a setting's name,
 * default and documentation are written once.
 */
final class ConfigOptions {

  private ConfigOptions() {}

  /** Adds an option for every setting to {@code command}. */
  static void addTo(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    for (Setting<?> s : LocalKafkaConfig.SETTINGS) {
      spec.addOption(OptionSpec.builder(option(s))
          .paramLabel("<" + s.label() + ">")
          .type(String.class)
          .description(s.doc() + " Default: " + s.defaultValue().orElse("none") + "; env " + s.envVar() + ".")
          .build());
    }
  }

  /** The configuration from the options given to {@code spec}, the environment and the defaults. */
  static LocalKafkaConfig resolve(CommandSpec spec, Map<String, String> env) {
    Map<String, String> given = new HashMap<>();
    for (Setting<?> s : LocalKafkaConfig.SETTINGS) {
      OptionSpec option = spec.findOption(option(s));
      if (option != null && option.getValue() != null) {
        given.put(s.name(), option.getValue());
      }
    }
    return LocalKafkaConfig.resolve(given, env, LocalKafkaConfig.home(env));
  }

  /** The command-line option of a setting, e.g. {@code --port}. */
  static String option(Setting<?> setting) {
    return "--" + setting.name();
  }

  /** How to override a setting, for messages: {@code --port or RETENTION_KAFKA_PORT}. */
  static String howToSet(Setting<?> setting) {
    return option(setting) + " or " + setting.envVar();
  }
}
