package dev.retention.ingestion;

import dev.retention.runtime.Shutdown;
import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs the interaction-events service. Configuration comes from system properties, environment variables
 * ({@code RETENTION_...}) and an optional properties file ({@code config.file}); {@code --help-config} prints every
 * setting. Exit code 2 on bad configuration, 1 when the service cannot start.
 */
public final class IngestionMain {

  private IngestionMain() {}

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help-config")) {
      System.out.println(ConfigDoc.markdown(IngestionService.settings()));
      return;
    }
    ConfigValues values;
    try {
      values = Settings.standard(Map.of()).resolve(IngestionService.settings());
    } catch (ConfigException e) {
      System.err.println("interaction-events: bad configuration\n" + e.getMessage());
      System.exit(2);
      return;
    }
    Shutdown shutdown = Shutdown.onJvmExit(Duration.ofSeconds(30));
    try {
      IngestionService service = shutdown.register("interaction-events", IngestionService.start(values,
          Clock.systemUTC()));
      System.out.println("interaction-events ready: " + service.httpUri() + " (POST /v1/events, /v1/events:batch;"
          + " GET /health/ready, /metrics, /v1/openapi.yaml)");
    } catch (RuntimeException e) {
      System.err.println("interaction-events could not start: " + e.getMessage());
      System.exit(1);
    }
  }
}
