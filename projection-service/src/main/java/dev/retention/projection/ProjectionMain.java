package dev.retention.projection;

import dev.retention.runtime.Shutdown;
import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs the projection service. Configuration comes from system properties, environment variables
 * ({@code RETENTION_...}) and an optional properties file ({@code config.file}); {@code --help-config} prints every
 * setting. Exit code 2 on bad configuration, 1 when the service cannot start.
 */
public final class ProjectionMain {

  private ProjectionMain() {}

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help-config")) {
      System.out.println(ConfigDoc.markdown(ProjectionServer.settings()));
      return;
    }
    ConfigValues values;
    try {
      values = Settings.standard(Map.of()).resolve(ProjectionServer.settings());
    } catch (ConfigException e) {
      System.err.println("projection-service: bad configuration\n" + e.getMessage());
      System.exit(2);
      return;
    }
    Shutdown shutdown = Shutdown.onJvmExit(Duration.ofSeconds(30));
    try {
      ProjectionServer server = shutdown.register("projection-service", ProjectionServer.start(values));
      System.out.println("projection-service ready: " + server.httpUri() + " (dashboard at /, API under /v1)");
    } catch (RuntimeException e) {
      System.err.println("projection-service could not start: " + e.getMessage());
      System.exit(1);
    }
  }
}
