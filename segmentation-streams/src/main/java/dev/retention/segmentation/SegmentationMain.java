package dev.retention.segmentation;

import dev.retention.runtime.Shutdown;
import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs the segmentation service. Configuration comes from system properties, environment variables
 * ({@code RETENTION_...}) and an optional properties file ({@code config.file}); {@code --help-config} prints every
 * setting. Exit code 2 on bad configuration, 1 when the service cannot start.
 */
public final class SegmentationMain {

  private SegmentationMain() {}

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help-config")) {
      System.out.println(ConfigDoc.markdown(SegmentationServer.settings()));
      return;
    }
    ConfigValues values;
    try {
      values = Settings.standard(Map.of()).resolve(SegmentationServer.settings());
    } catch (ConfigException e) {
      System.err.println("segmentation-streams: bad configuration\n" + e.getMessage());
      System.exit(2);
      return;
    }
    Shutdown shutdown = Shutdown.onJvmExit(Duration.ofSeconds(30));
    try {
      SegmentationServer server = shutdown.register("segmentation-streams", SegmentationServer.start(values));
      System.out.println("segmentation-streams ready: " + server.httpUri() + " (GET /health/ready, /metrics)");
    } catch (RuntimeException e) {
      System.err.println("segmentation-streams could not start: " + e.getMessage());
      System.exit(1);
    }
  }
}
