package dev.retention.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes what a service opened, newest first, when the JVM exits, so that a service's {@code main} only wires:
 *
 * <pre>{@code
 * Shutdown shutdown = Shutdown.onJvmExit(Duration.ofSeconds(30));
 * MetricsRegistry metrics = shutdown.register("metrics", MetricsRegistry.create("segmentation-streams"));
 * StreamsApp app = shutdown.register("streams", StreamsApp.create(topology, settings, metrics.registry()));
 * app.start();
 * app.awaitRunning(Duration.ofMinutes(5));
 * }</pre>
 *
 * <p>On SIGTERM the Streams app closes first (committing its transaction and leaving the group), then the metrics.
 * A resource that fails to close is logged and the next one is still closed. The whole shutdown is bounded by the
 * timeout: after it, the hook returns and the JVM exits even if a close still hangs, because an orchestrator would
 * kill the process anyway, and a hung exit hides the real problem.
 */
public final class Shutdown {

  private static final Logger LOG = LoggerFactory.getLogger(Shutdown.class);

  private final Duration timeout;
  private final List<Named> resources = new ArrayList<>();
  private final AtomicReference<String> closing = new AtomicReference<>();
  private boolean done;

  /** A shutdown that runs only when {@link #run()} is called; tests use it, services use {@link #onJvmExit}. */
  public Shutdown(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /** A shutdown that runs in a JVM shutdown hook. */
  public static Shutdown onJvmExit(Duration timeout) {
    Shutdown shutdown = new Shutdown(timeout);
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "retention-shutdown"));
    return shutdown;
  }

  /**
   * Adds a resource to close at shutdown, after every resource registered later. A resource registered once the
   * shutdown has begun is closed at once.
   *
   * @param name for the log
   * @return {@code resource}, for wiring in one line
   */
  public <T extends AutoCloseable> T register(String name, T resource) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resource, "resource");
    boolean late;
    synchronized (this) {
      late = done;
      if (!late) {
        resources.add(new Named(name, resource));
      }
    }
    if (late) {
      LOG.warn("{} was registered during shutdown; closing it now", name);
      closeQuietly(new Named(name, resource));
    }
    return resource;
  }

  /**
   * Closes every registered resource, newest first, within the timeout. Only the first call does anything.
   *
   * @return true if every resource was closed within the timeout (whether or not its close threw)
   */
  public boolean run() {
    List<Named> toClose;
    synchronized (this) {
      if (done) {
        return true;
      }
      done = true;
      toClose = new ArrayList<>(resources);
    }
    Thread closer = new Thread(() -> {
      for (int i = toClose.size() - 1; i >= 0; i--) {
        closeQuietly(toClose.get(i));
      }
    }, "retention-shutdown-closer");
    // a daemon, so a close that hangs past the timeout cannot keep the JVM alive
    closer.setDaemon(true);
    closer.start();
    try {
      closer.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (closer.isAlive()) {
      LOG.error("Shutdown did not finish within {}; still closing {}", timeout, closing.get());
      return false;
    }
    return true;
  }

  private void closeQuietly(Named named) {
    closing.set(named.name());
    try {
      LOG.info("Closing {}", named.name());
      named.resource().close();
    } catch (Exception e) {
      LOG.error("Closing {} failed; closing the rest", named.name(), e);
    }
  }

  private record Named(String name, AutoCloseable resource) {}
}
