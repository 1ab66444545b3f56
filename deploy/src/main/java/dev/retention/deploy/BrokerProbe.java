package dev.retention.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;

/** Asks a broker whether it answers, the way a client would: with an Admin {@code describeCluster}. */
public final class BrokerProbe {

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration ATTEMPT = Duration.ofSeconds(2);

  private BrokerProbe() {}

  /** What the broker said about its cluster. */
  public record ClusterInfo(String clusterId, Collection<Node> nodes) {}

  /** An Admin client for {@code bootstrapServers} with short timeouts, fit for a local broker. */
  public static Admin admin(String bootstrapServers) {
    return Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.CLIENT_ID_CONFIG, "retention-cli",
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000",
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500"));
  }

  /** One attempt: the cluster, if the broker answers within {@code timeout}. */
  public static Optional<ClusterInfo> describe(Admin admin, Duration timeout) {
    try {
      DescribeClusterResult result =
          admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
      String clusterId = result.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      Collection<Node> nodes = result.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return nodes.isEmpty() ? Optional.empty() : Optional.of(new ClusterInfo(clusterId, nodes));
    } catch (ExecutionException | TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** One attempt with a fresh client, for {@code status}. */
  public static Optional<ClusterInfo> describe(String bootstrapServers, Duration timeout) {
    if (!acceptsConnections(bootstrapServers, timeout)) {
      return Optional.empty();
    }
    try (Admin admin = admin(bootstrapServers)) {
      return describe(admin, timeout);
    }
  }

  /**
   * Waits until the broker answers, or the process it runs in ends, or the deadline passes.
   *
   * @param process the broker's process
   * @param log shown, what the broker logged of it, when the broker does not come up
   */
  public static ClusterInfo awaitReady(String bootstrapServers, ProcessHandle process, Instant deadline,
      StartLog log) {
    // First the listener, quietly and cheaply; then the Admin protocol.
    while (!acceptsConnections(bootstrapServers, POLL)) {
      checkAlive(process, deadline, bootstrapServers, log);
    }
    try (Admin admin = admin(bootstrapServers)) {
      while (true) {
        Optional<ClusterInfo> info = describe(admin, ATTEMPT);
        if (info.isPresent()) {
          return info.get();
        }
        checkAlive(process, deadline, bootstrapServers, log);
      }
    }
  }

  /** Waits one poll interval for the process to end; fails if it ended or the deadline passed. */
  private static void checkAlive(ProcessHandle process, Instant deadline, String bootstrapServers, StartLog log) {
    try {
      process.onExit().get(POLL.toMillis(), TimeUnit.MILLISECONDS);
      throw new LauncherException("the Kafka broker (pid " + process.pid() + ") exited during start-up:\n"
          + log.tail());
    } catch (TimeoutException stillRunning) {
      if (Instant.now().isAfter(deadline)) {
        throw new BrokerStartTimeoutException("the Kafka broker (pid " + process.pid() + ") did not answer on "
            + bootstrapServers + " in time (set " + ConfigOptions.howToSet(LocalKafkaConfig.START_TIMEOUT) + "):\n"
            + log.tail());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LauncherException("interrupted while waiting for the Kafka broker", e);
    }
  }

  static boolean acceptsConnections(String hostPort, Duration timeout) {
    int colon = hostPort.lastIndexOf(':');
    InetSocketAddress address =
        new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    try (Socket socket = new Socket()) {
      socket.connect(address, (int) timeout.toMillis());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The logs of the broker (its log file and its console) from the moment it was started. */
  public record StartLog(Path serverLog, long serverMark, Path console, long consoleMark) {
    static StartLog from(LocalKafkaConfig config) {
      return new StartLog(config.serverLog(), LogTail.mark(config.serverLog()),
          config.consoleLog(), LogTail.mark(config.consoleLog()));
    }

    String tail() {
      String tail = LogTail.since(serverLog, serverMark, 15);
      if (LogTail.mark(console) > consoleMark) {
        tail += "\n" + LogTail.since(console, consoleMark, 10);
      }
      return tail;
    }
  }

  /** The broker is running but did not answer before the deadline. */
  public static final class BrokerStartTimeoutException extends LauncherException {
    public BrokerStartTimeoutException(String message) {
      super(message);
    }
  }
}
