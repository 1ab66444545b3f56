package dev.retention.cases;

import dev.retention.cases.config.CasesConfig;
import dev.retention.runtime.Shutdown;
import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs retention-cases. Configuration from system properties, environment ({@code RETENTION_...}) and an optional
 * properties file ({@code config.file}); {@code --help-config} prints every setting. Exit 2 on bad configuration,
 * 1 when the service cannot start.
 */
public final class CasesMain {

  private CasesMain() {}

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help-config")) {
      System.out.println(ConfigDoc.markdown(CasesConfig.settings()));
      return;
    }
    CasesConfig config;
    try {
      config = CasesConfig.from(Settings.standard(Map.of()).resolve(CasesConfig.settings()));
    } catch (ConfigException | IllegalArgumentException e) {
      System.err.println("retention-cases: bad configuration\n" + e.getMessage());
      System.exit(2);
      return;
    }
    Shutdown shutdown = Shutdown.onJvmExit(Duration.ofSeconds(30));
    try {
      CasesServer server = shutdown.register("retention-cases", CasesServer.start(config, Clock.systemUTC()));
      System.out.println("retention-cases ready: " + server.httpUri() + " (GET /v1/cases, /v1/kpis, /metrics)");
    } catch (RuntimeException e) {
      System.err.println("retention-cases could not start: " + e.getMessage());
      System.exit(1);
    }
  }
}
