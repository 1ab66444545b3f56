package dev.retention.deploy;

import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The catalog topics ({@link Topics#all()}) on a broker: creates the missing ones and describes them as the broker
 * has them, for {@code retention topics} and {@code retention kafka start}.
 */
public final class CatalogTopics {

  /** Replication factor on the single local broker. */
  public static final short REPLICATION_FACTOR = 1;

  private static final long TIMEOUT_SECONDS = 30;

  private final Admin admin;

  public CatalogTopics(Admin admin) {
    this.admin = admin;
  }

  /** A catalog topic as the broker has it. */
  public record Row(String name, int partitions, String cleanupPolicy, Optional<Duration> retention,
      boolean createdNow) {}

  /** Creates every catalog topic that is missing. */
  public TopicProvisioner.Result createMissing() {
    try {
      return new TopicProvisioner(admin, REPLICATION_FACTOR).createMissing();
    } catch (TopicProvisioner.TopicProvisioningException e) {
      throw new LauncherException(e.getMessage(), e);
    }
  }

  /** Describes the catalog topics, in catalog order. */
  public List<Row> describe(Set<String> createdNow) {
    List<String> names = Topics.all().stream().map(Topic::name).toList();
    try {
      Map<String, TopicDescription> descriptions =
          admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<ConfigResource> resources =
          names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
      Map<ConfigResource, Config> configs =
          admin.describeConfigs(resources).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<Row> rows = new ArrayList<>();
      for (String name : names) {
        Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
        rows.add(new Row(name, descriptions.get(name).partitions().size(),
            value(config, TopicConfig.CLEANUP_POLICY_CONFIG).orElse("?"),
            value(config, TopicConfig.RETENTION_MS_CONFIG).map(Long::parseLong)
                .filter(ms -> ms >= 0).map(Duration::ofMillis),
            createdNow.contains(name)));
      }
      return rows;
    } catch (ExecutionException e) {
      throw new LauncherException("cannot describe the catalog topics: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new LauncherException("Kafka did not describe the catalog topics within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LauncherException("interrupted while describing topics", e);
    }
  }

  /** Creates the missing topics and describes all of them. */
  public List<Row> ensure() {
    return describe(new HashSet<>(createMissing().created()));
  }

  private static Optional<String> value(Config config, String key) {
    return Optional.ofNullable(config).map(c -> c.get(key)).map(ConfigEntry::value);
  }

  /** Formats rows as an aligned table. */
  public static String table(List<Row> rows) {
    int width = rows.stream().mapToInt(r -> r.name().length()).max().orElse(5);
    String format = "%-" + width + "s  %10s  %-8s  %-9s  %s";
    StringBuilder out = new StringBuilder();
    out.append(String.format(format, "TOPIC", "PARTITIONS", "CLEANUP", "RETENTION", "").stripTrailing()).append('\n');
    for (Row r : rows) {
      out.append(String.format(format, r.name(), r.partitions(), r.cleanupPolicy(),
          r.retention().map(CatalogTopics::human).orElse("forever"), r.createdNow() ? "(created now)" : "")
          .stripTrailing()).append('\n');
    }
    return out.toString();
  }

  static String human(Duration d) {
    if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
      return d.toDays() + "d";
    }
    if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
      return d.toHours() + "h";
    }
    return d.toMillis() + "ms";
  }
}
