package dev.retention.runtime.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Secrets (passwords) are configured as files, e.g. a mounted Kubernetes secret, never as values: an environment
 * variable or a command line shows in process listings. This reads one, refusing a missing or empty file with a
 * problem that names the setting.
 */
public final class SecretFiles {

  private SecretFiles() {}

  /** The file's content without surrounding white space. */
  public static String read(Path file, Setting<Path> setting) {
    try {
      String value = Files.readString(file).strip();
      if (value.isEmpty()) {
        throw problem(setting, file, "the file " + file + " is empty");
      }
      return value;
    } catch (IOException e) {
      throw problem(setting, file, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private static ConfigException problem(Setting<Path> setting, Path file, String reason) {
    return new ConfigException(new ConfigProblem(setting, Optional.of(file.toString()), "the secret file", reason,
        "set environment variable " + setting.envVar() + " or system property " + setting.name()));
  }
}
