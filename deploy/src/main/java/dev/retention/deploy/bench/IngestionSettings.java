package dev.retention.deploy.bench;

import dev.retention.ingestion.IngestionService;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The interaction-events service's settings as the benchmark runs it: the platform defaults for everything, except
 * where it is (the broker, 127.0.0.1 on a free port), its own application id and state directory, the benchmark's
 * API key, and the Streams tuning the benchmark was told to try.
 */
final class IngestionSettings {

  private IngestionSettings() {}

  /**
   * @param streamThreads {@code streams.num.threads}, or the default
   * @param commitInterval {@code streams.commit.interval} as written on the command line, or the default
   */
  static ConfigValues resolve(String bootstrapServers, String applicationId, Path stateDir, Path apiKeyFile,
      Optional<Integer> streamThreads, Optional<String> commitInterval) {
    Map<String, String> overrides = new HashMap<>();
    overrides.put("kafka.bootstrap.servers", bootstrapServers);
    overrides.put("streams.application.id", applicationId);
    overrides.put("streams.state.dir", stateDir.toString());
    overrides.put("http.host", "127.0.0.1");
    overrides.put("http.port", "0");
    overrides.put("gateway.api-keys.file", apiKeyFile.toString());
    streamThreads.ifPresent(t -> overrides.put("streams.num.threads", Integer.toString(t)));
    commitInterval.ifPresent(c -> overrides.put("streams.commit.interval", c));
    return Settings.of(ConfigSource.overrides(overrides)).resolve(IngestionService.settings());
  }
}
