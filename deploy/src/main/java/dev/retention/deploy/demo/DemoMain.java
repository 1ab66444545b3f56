package dev.retention.deploy.demo;

import dev.retention.runtime.Shutdown;
import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.http.HttpServerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the demo traffic generator as a process of its own (so {@code retention down} stops it like a service):
 * publishes the history, then live events every 100 ms. Its HTTP server starts only once the history is published,
 * so {@code /health/ready} answering means the history is on Kafka; {@code /v1/demo} tells what it did.
 */
public final class DemoMain {

  private DemoMain() {}

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help-config")) {
      System.out.println(ConfigDoc.markdown(DemoConfig.settings()));
      return;
    }
    ConfigValues values;
    try {
      values = Settings.standard(Map.of()).resolve(DemoConfig.settings());
    } catch (ConfigException e) {
      System.err.println("demo: bad configuration\n" + e.getMessage());
      System.exit(2);
      return;
    }
    DemoConfig config = DemoConfig.from(values);
    Shutdown shutdown = Shutdown.onJvmExit(Duration.ofSeconds(10));
    DemoPublisher publisher = shutdown.register("demo-producer", new DemoPublisher(config.bootstrapServers()));
    DemoGenerator generator = new DemoGenerator(config, Clock.systemUTC(), publisher);
    long begin = System.nanoTime();
    long published = generator.publishHistory();
    System.out.printf("demo: %d customers, history of %d events %s in %.1f s; customers with a trait: %s%n",
        config.customers(), generator.historyEvents(), published > 0 ? "published" : "already published",
        (System.nanoTime() - begin) / 1e9, generator.reportFile());
    ScheduledExecutorService live = Executors.newSingleThreadScheduledExecutor();
    shutdown.register("demo-live", live::shutdownNow);
    if (config.liveEventsPerSecond() > 0) {
      int perTick = Math.max(1, config.liveEventsPerSecond() / 10);
      live.scheduleAtFixedRate(() -> {
        try {
          generator.sendLive(perTick);
        } catch (RuntimeException e) {
          System.err.println("demo: live traffic failed: " + e.getMessage());
        }
      }, 100, 100, TimeUnit.MILLISECONDS);
    }
    HttpServer http = HttpServer.start(HttpServerConfig.from(values, 1024), List.of(),
        () -> "", List.of(new DemoReportRoute(generator, publisher, config)));
    shutdown.register("demo-http", http);
    System.out.println("demo ready: " + http.baseUri() + " (GET /v1/demo)");
  }
}
