package dev.retention.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Renders {@code server.properties} of the local broker: one KRaft node that is both broker and controller, with a
 * static single-voter quorum, listening on the configured host and ports, storing under the data directory, and
 * with replication settings a single node can satisfy. Rewritten on every start, so changed ports take effect.
 */
public final class ServerPropertiesWriter {

  /** The node id of the single broker-and-controller. */
  public static final int NODE_ID = 1;

  /** Default partition count of topics created without one; matches the catalog's default. */
  public static final int DEFAULT_PARTITIONS = 12;

  private ServerPropertiesWriter() {}

  /** The properties, in the order they are written. */
  public static Map<String, String> properties(LocalKafkaConfig config) {
    String host = config.host();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    // A static quorum: the voter set lives in this file, not in the formatted storage, so the controller port can
    // change between restarts.
    p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + config.controllerPort());
    p.put("listeners", "PLAINTEXT://" + host + ":" + config.port() + ",CONTROLLER://" + host + ":"
        + config.controllerPort());
    p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + config.port());
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", config.storageDir().toString());
    p.put("num.partitions", Integer.toString(DEFAULT_PARTITIONS));
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    p.put("offsets.topic.replication.factor", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    // Topics are declared in the contracts catalog and created by the launcher; a typo must not create a topic.
    p.put("auto.create.topics.enable", "false");
    return p;
  }

  /** The file content. */
  public static String render(LocalKafkaConfig config) {
    StringBuilder out = new StringBuilder()
        .append("# Written by `retention kafka start` on every start; edits are overwritten.\n")
        .append("# Single-node KRaft broker of the Retention Platform.\n");
    properties(config).forEach((key, value) -> out.append(key).append('=').append(escape(value)).append('\n'));
    return out.toString();
  }

  /** Writes {@link LocalKafkaConfig#serverProperties()} and returns its path. */
  public static Path write(LocalKafkaConfig config) {
    return writeAtomically(config.serverProperties(), render(config));
  }

  /**
   * The client address in an existing {@code server.properties}: where the broker started from it listens, which
   * differs from the current configuration when that changed since.
   */
  public static Optional<String> bootstrapServersIn(Path serverProperties) {
    if (!Files.isRegularFile(serverProperties)) {
      return Optional.empty();
    }
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(serverProperties)) {
      props.load(in);
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(props.getProperty("advertised.listeners"))
        .filter(l -> l.startsWith("PLAINTEXT://"))
        .map(l -> l.substring("PLAINTEXT://".length()).split(",")[0]);
  }

  static Path writeAtomically(Path target, String content) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
      Files.writeString(tmp, content);
      return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** Escapes what java.util.Properties would read differently: backslashes (Windows paths). */
  private static String escape(String value) {
    return value.replace("\\", "\\\\");
  }
}
