package dev.retention.deploy.bench;

import dev.retention.deploy.BrokerProbe;
import dev.retention.deploy.CatalogTopics;
import dev.retention.deploy.LocalKafka;
import dev.retention.deploy.LocalKafkaConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;

/**
 * A broker of the benchmark's own: the real local broker of {@code retention kafka start} (same launcher, same
 * settings and heap), but in a temporary data directory on free ports, attached to this JVM, with the catalog topics
 * created. Stopping it does not delete the directory; {@link Cleanup} does.
 */
public final class PrivateBroker implements AutoCloseable {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final LocalKafka kafka;
  private final LocalKafka.Started started;

  private PrivateBroker(LocalKafka kafka, LocalKafka.Started started) {
    this.kafka = kafka;
    this.started = started;
  }

  /**
   * Starts a broker with the defaults of {@code retention kafka start} in {@code dataDir}, returns once it answers
   * and has the catalog topics.
   */
  public static PrivateBroker start(Path home, Path dataDir) {
    int[] ports = freePorts(2);
    LocalKafkaConfig config = LocalKafkaConfig.defaults(home).withDataDir(dataDir).withPorts(ports[0], ports[1]);
    LocalKafka kafka = new LocalKafka(config);
    LocalKafka.Started started = kafka.start(LocalKafka.Mode.ATTACHED);
    PrivateBroker broker = new PrivateBroker(kafka, started);
    try (Admin admin = BrokerProbe.admin(config.bootstrapServers())) {
      new CatalogTopics(admin).createMissing();
    } catch (RuntimeException e) {
      broker.close();
      throw e;
    }
    return broker;
  }

  /** The broker's JVM. */
  public ProcessHandle process() {
    return started.process().toHandle();
  }

  public String bootstrapServers() {
    return kafka.config().bootstrapServers();
  }

  /** {@code private broker on 127.0.0.1:41234 (heap 512m, started in 6.1 s)}. */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "private broker on %s (pid %d, heap %s, started in %.1f s)",
        bootstrapServers(), started.pid(), kafka.config().heap(), started.startUp().toMillis() / 1000.0);
  }

  @Override
  public void close() {
    kafka.stop(STOP_TIMEOUT);
  }

  private static int[] freePorts(int count) {
    ServerSocket[] sockets = new ServerSocket[count];
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ports[i] = sockets[i].getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find free ports", e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          if (socket != null) {
            socket.close();
          }
        } catch (IOException e) {
          // nothing to undo
        }
      }
    }
  }
}
