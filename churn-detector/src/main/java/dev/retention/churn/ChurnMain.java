package dev.retention.churn;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.runtime.Shutdown;
import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs the churn detector. Configuration comes from system properties, environment variables
 * ({@code RETENTION_...}) and an optional properties file ({@code config.file}); {@code --help-config} prints every
 * setting. Exit code 2 on bad configuration, 1 when the service cannot start.
 */
public final class ChurnMain {

  private ChurnMain() {}

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help-config")) {
      System.out.println(ConfigDoc.markdown(ChurnServer.settings()));
      return;
    }
    ConfigValues values;
    try {
      values = Settings.standard(Map.of()).resolve(ChurnServer.settings());
      ChurnConfig.from(values); // values that are each valid but do not fit together
    } catch (ConfigException | IllegalArgumentException e) {
      System.err.println("churn-detector: bad configuration\n" + e.getMessage());
      System.exit(2);
      return;
    }
    Shutdown shutdown = Shutdown.onJvmExit(Duration.ofSeconds(30));
    try {
      ChurnServer server = shutdown.register("churn-detector", ChurnServer.start(values));
      System.out.println("churn-detector ready: " + server.httpUri() + " (GET /health/ready, /metrics)");
    } catch (RuntimeException e) {
      System.err.println("churn-detector could not start: " + e.getMessage());
      System.exit(1);
    }
  }
}
