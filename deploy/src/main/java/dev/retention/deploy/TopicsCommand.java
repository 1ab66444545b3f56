package dev.retention.deploy;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code retention topics}. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = "Creates the catalog topics that are missing on the broker and lists every catalog topic with "
        + "its partitions, cleanup policy and retention.")
final class TopicsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = RetentionCli.out(spec);
    LocalKafkaConfig config = ConfigOptions.resolve(spec, RetentionCli.env(spec));
    if (!BrokerProbe.acceptsConnections(config.bootstrapServers(), Duration.ofSeconds(2))) {
      throw new LauncherException("Kafka does not answer on " + config.bootstrapServers()
          + "; start it with `retention kafka start`");
    }
    try (Admin admin = BrokerProbe.admin(config.bootstrapServers())) {
      List<CatalogTopics.Row> rows = new CatalogTopics(admin).ensure();
      out.print(CatalogTopics.table(rows));
      out.flush();
    }
    return 0;
  }
}
