package dev.retention.runtime.streams;

import static org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.LEAVE_GROUP;
import dev.retention.runtime.http.ReadinessCheck;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka Streams instance with the lifecycle a service needs: start, wait until it runs, answer health checks,
 * close once.
 *
 * <p>An exception that reaches a stream thread (a bug, or a record the exception handlers refused) is logged and
 * answered with {@code SHUTDOWN_CLIENT}: the instance goes to {@code ERROR} and its health check fails, so the
 * failure is visible and an orchestrator restarts it. Replacing the thread instead would hit the same record again,
 * in a loop nobody sees.
 *
 * <p>Kafka Streams metrics are bound to the given {@link MeterRegistry} ({@code kafka_stream_*} in Prometheus) for as
 * long as the app is open.
 */
public final class StreamsApp implements AutoCloseable {

  /** How long {@link #close()} waits for the instance to shut down. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);

  private static final Set<State> STOPPED =
      EnumSet.of(State.PENDING_SHUTDOWN, State.NOT_RUNNING, State.PENDING_ERROR, State.ERROR);

  private final String applicationId;
  private final KafkaStreams streams;
  private final KafkaStreamsMetrics metrics;
  private final Object stateChanged = new Object();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates the instance; nothing runs until {@link #start()}.
   *
   * @param properties the Streams configuration, normally {@link StreamsDefaults#properties}
   */
  public StreamsApp(Topology topology, Properties properties, MeterRegistry registry) {
    Objects.requireNonNull(topology, "topology");
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(registry, "registry");
    this.applicationId = String.valueOf(properties.get(StreamsConfig.APPLICATION_ID_CONFIG));
    this.streams = new KafkaStreams(topology, properties);
    streams.setStateListener(this::onStateChange);
    streams.setUncaughtExceptionHandler(this::onUncaughtException);
    this.metrics = new KafkaStreamsMetrics(streams);
    metrics.bindTo(registry);
  }

  /** The instance built from {@code settings} with the platform's {@link StreamsDefaults}. */
  public static StreamsApp create(Topology topology, StreamsSettings settings, MeterRegistry registry) {
    return new StreamsApp(topology, StreamsDefaults.properties(settings), registry);
  }

  /** Starts processing in the background; see {@link #awaitRunning}. */
  public void start() {
    LOG.info("Starting Kafka Streams application {}", applicationId);
    streams.start();
  }

  /**
   * Waits until the instance is {@code RUNNING}: it has joined the group, got its partitions and restored its state.
   *
   * @throws IllegalStateException if the instance was not started, stopped or failed before running (with the
   *     exception that stopped it as the cause), or did not run within {@code timeout}
   */
  public void awaitRunning(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (stateChanged) {
      while (true) {
        State state = streams.state();
        if (state == State.RUNNING) {
          return;
        }
        if (state == State.CREATED) {
          throw new IllegalStateException("Kafka Streams application " + applicationId + " was not started");
        }
        if (STOPPED.contains(state)) {
          throw new IllegalStateException("Kafka Streams application " + applicationId + " is " + state
              + " instead of RUNNING" + failureSuffix(), failure.get());
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new IllegalStateException("Kafka Streams application " + applicationId + " is not RUNNING after "
              + timeout + "; it is " + state + " (still joining the group or restoring state? is Kafka at "
              + "the configured bootstrap servers?)");
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(stateChanged, remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + applicationId + " to run", e);
        }
      }
    }
  }

  /** The current state of the instance. */
  public State state() {
    return streams.state();
  }

  /**
   * Whether the instance is alive: {@code RUNNING}, or {@code REBALANCING} (which includes starting up and
   * restoring). A liveness check; false after an error or a close.
   */
  public boolean isHealthy() {
    State state = streams.state();
    return state == State.RUNNING || state == State.REBALANCING;
  }

  /** Whether the instance is {@code RUNNING} and so serves its partitions and stores. A readiness check. */
  public boolean isReady() {
    return streams.state() == State.RUNNING;
  }

  /** {@link #isReady} as a readiness status: up when {@code RUNNING}, down with the state otherwise. */
  public ReadinessCheck.Status status() {
    return isReady() ? ReadinessCheck.Status.up("RUNNING") : ReadinessCheck.Status.down("Kafka Streams is " + state());
  }

  /** A readiness check named {@code name} that passes while the instance is {@code RUNNING}. */
  public ReadinessCheck readiness(String name) {
    return ReadinessCheck.of(name, this::status);
  }

  /** The exception that stopped the instance, if one did. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure.get());
  }

  /** The wrapped instance, for interactive queries. */
  public KafkaStreams streams() {
    return streams;
  }

  /**
   * Stops the instance, leaving its consumer group, and unbinds its metrics. Only the first call does anything.
   *
   * <p>Leaving the group (Kafka Streams stays in it by default) lets a restarted or remaining instance take the
   * partitions over at once instead of after the session timeout (45 s): a restart of a local platform is seconds,
   * not a minute. The cost is one rebalance per stop, which a scale-out deployment pays anyway.
   *
   * @return false if the instance did not shut down within {@code timeout}
   */
  public boolean close(Duration timeout) {
    if (!closed.compareAndSet(false, true)) {
      return true;
    }
    LOG.info("Closing Kafka Streams application {}", applicationId);
    metrics.close();
    boolean done = streams.close(CloseOptions.groupMembershipOperation(LEAVE_GROUP).withTimeout(timeout));
    if (!done) {
      LOG.warn("Kafka Streams application {} did not shut down within {}", applicationId, timeout);
    }
    return done;
  }

  /** {@link #close(Duration)} with {@link #DEFAULT_CLOSE_TIMEOUT}. */
  @Override
  public void close() {
    close(DEFAULT_CLOSE_TIMEOUT);
  }

  private void onStateChange(State newState, State oldState) {
    LOG.info("Kafka Streams application {}: {} -> {}", applicationId, oldState, newState);
    synchronized (stateChanged) {
      stateChanged.notifyAll();
    }
  }

  private StreamThreadExceptionResponse onUncaughtException(Throwable exception) {
    LOG.error("Kafka Streams application {} failed; shutting this instance down", applicationId, exception);
    failure.compareAndSet(null, exception);
    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
  }

  private String failureSuffix() {
    Throwable t = failure.get();
    return t == null ? "" : ": " + t;
  }
}
