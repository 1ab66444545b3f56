package dev.retention.deploy;

import dev.retention.deploy.LocalKafka.Mode;
import dev.retention.deploy.LocalKafka.Started;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.AppInfoParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention kafka start}. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
        "Starts the local Kafka broker: formats its storage on first start, waits until it answers and creates "
            + "every catalog topic that is missing.",
        "By default the broker keeps running after this command returns; stop it with `retention kafka stop`."})
final class KafkaStartCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--foreground",
      description = "Stay in the foreground until Ctrl-C or `retention kafka stop`, then stop the broker.")
  boolean foreground;

  @Override
  public Integer call() {
    PrintWriter out = RetentionCli.out(spec);
    LocalKafkaConfig config = ConfigOptions.resolve(spec, RetentionCli.env(spec));
    LocalKafka kafka = new LocalKafka(config);
    Optional<ProcessHandle> running = kafka.running();
    if (running.isPresent()) {
      if (foreground) {
        throw new LauncherException("Kafka is already running from " + config.dataDir() + " (pid "
            + running.get().pid() + "); stop it first with `retention kafka stop`");
      }
      String bootstrap = kafka.runningBootstrapServers();
      out.printf("Kafka is already running (pid %d) on %s%n", running.get().pid(), bootstrap);
      createTopics(bootstrap, out);
      return 0;
    }
    out.printf("Starting Kafka %s on %s (data in %s)%n",
        AppInfoParser.getVersion(), config.bootstrapServers(), config.dataDir());
    out.flush();
    Started started = kafka.start(foreground ? Mode.ATTACHED : Mode.DETACHED);
    out.printf(Locale.ROOT, "Kafka is up on %s: pid %d, cluster id %s, %s, in %.1f s%n",
        config.bootstrapServers(), started.pid(), started.clusterId(),
        started.formattedNow() ? "storage formatted now" : "existing storage",
        started.startUp().toMillis() / 1000.0);
    out.printf("Logs: %s%n", config.serverLog());
    out.flush();
    if (!foreground) {
      createTopics(config.bootstrapServers(), out);
      out.println("Stop it with: retention kafka stop");
      return 0;
    }
    return runInForeground(kafka, started, config, out);
  }

  static void createTopics(String bootstrapServers, PrintWriter out) {
    try (Admin admin = BrokerProbe.admin(bootstrapServers)) {
      List<CatalogTopics.Row> rows = new CatalogTopics(admin).ensure();
      long created = rows.stream().filter(CatalogTopics.Row::createdNow).count();
      out.printf("Catalog topics: %d created, %d existing%n", created, rows.size() - created);
      out.print(CatalogTopics.table(rows));
      out.flush();
    }
  }

  private Integer runInForeground(LocalKafka kafka, Started started, LocalKafkaConfig config, PrintWriter out) {
    AtomicBoolean stopping = new AtomicBoolean();
    Thread hook = new Thread(() -> {
      stopping.set(true);
      LocalKafka.Stopped result = kafka.stop(LocalKafka.DEFAULT_STOP_TIMEOUT);
      out.println("Kafka " + result.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      out.flush();
    }, "retention-kafka-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      createTopics(config.bootstrapServers(), out);
    } catch (LauncherException e) {
      RetentionCli.out(spec).flush();
      spec.commandLine().getErr().println("retention: " + e.getMessage());
    }
    out.println("Running in the foreground; Ctrl-C stops the broker.");
    out.flush();
    int exit = started.process().onExit().join().exitValue();
    if (stopping.get()) {
      return 0;
    }
    // stopped from elsewhere (`retention kafka stop`, a signal) or crashed
    Runtime.getRuntime().removeShutdownHook(hook);
    boolean clean = exit == 0 || exit == 128 + 15 || exit == 128 + 2;
    out.printf("Kafka exited (exit code %d); last lines of %s:%n%s%n", exit, config.serverLog(),
        LogTail.of(config.serverLog(), 5));
    return clean ? 0 : 1;
  }
}
