package dev.retention.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the real Kafka server ({@code kafka.Kafka} from {@code kafka_2.13}) as a single-node KRaft broker in a child
 * JVM: formats its storage on first start, starts it with its own log files under the data directory, records its
 * pid, waits until it answers, and stops it gracefully.
 */
public final class LocalKafka {

  /** How long a graceful stop may take before the broker is killed. */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

  private static final Duration KILL_WAIT = Duration.ofSeconds(10);

  private final LocalKafkaConfig config;
  private final BrokerCommand command;
  private final PidFile pidFile;

  public LocalKafka(LocalKafkaConfig config) {
    this(config, KafkaClasspath.fromBuild());
  }

  public LocalKafka(LocalKafkaConfig config, KafkaClasspath classpath) {
    this.config = config;
    this.command = new BrokerCommand(config, classpath);
    this.pidFile = new PidFile(config.pidFile());
  }

  /** How the broker process relates to the command that starts it. */
  public enum Mode {
    /** The broker outlives the starting JVM, in a session of its own; stop it with {@link #stop}. */
    DETACHED,
    /** The broker is a plain child of the starting JVM, which usually waits for it and stops it on exit. */
    ATTACHED
  }

  /** A started broker. */
  public record Started(Process process, String clusterId, boolean formattedNow, Duration startUp) {
    public long pid() {
      return process.pid();
    }
  }

  /** What {@link #stop} did. */
  public enum Stopped {
    NOT_RUNNING, STOPPED, KILLED
  }

  public LocalKafkaConfig config() {
    return config;
  }

  /**
   * Starts the broker and returns once it answers.
   *
   * @throws AlreadyRunningException if the pid file names a live broker of this data directory
   * @throws PortInUseException if the client or controller port is taken
   */
  public Started start(Mode mode) {
    Instant begin = Instant.now();
    Optional<ProcessHandle> running = running();
    if (running.isPresent()) {
      throw new AlreadyRunningException("Kafka is already running from " + config.dataDir() + " (pid "
          + running.get().pid() + ")", running.get());
    }
    pidFile.delete(); // stale, if there was one
    PortCheck.requireFree(config);
    try {
      Files.createDirectories(config.logsDir());
    } catch (IOException e) {
      throw new LauncherException("cannot create " + config.logsDir() + ": " + e.getMessage(), e);
    }
    ServerPropertiesWriter.write(config);
    BrokerLogging.write(config);
    StorageFormatter.Outcome storage = new StorageFormatter(config, command).formatIfNeeded();

    BrokerProbe.StartLog log = BrokerProbe.StartLog.from(config);
    Process process;
    try {
      process = new ProcessBuilder(command.server(mode == Mode.DETACHED))
          .directory(config.dataDir().toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(config.consoleLog().toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
    } catch (IOException e) {
      throw new LauncherException("cannot start the Kafka broker JVM: " + e.getMessage(), e);
    }
    ProcessHandle handle = process.toHandle();
    pidFile.write(handle.pid());
    try {
      BrokerProbe.awaitReady(config.bootstrapServers(), handle, begin.plus(config.startTimeout()), log);
    } catch (RuntimeException e) {
      terminate(handle, KILL_WAIT);
      pidFile.delete();
      throw e;
    }
    return new Started(process, storage.clusterId(), storage.formattedNow(), Duration.between(begin, Instant.now()));
  }

  /** The broker of this data directory, if one is running. */
  public Optional<ProcessHandle> running() {
    return pidFile.liveProcess(command::isServerCommandLine);
  }

  /** Where the running broker listens: as configured when it was started. */
  public String runningBootstrapServers() {
    return ServerPropertiesWriter.bootstrapServersIn(config.serverProperties()).orElse(config.bootstrapServers());
  }

  /** The cluster id of the formatted storage, if formatted. */
  public Optional<String> clusterId() {
    return StorageFormatter.clusterId(config);
  }

  /**
   * Stops the broker of this data directory: SIGTERM, which makes Kafka shut down cleanly, then SIGKILL if it takes
   * longer than {@code timeout}.
   */
  public Stopped stop(Duration timeout) {
    Optional<ProcessHandle> running = running();
    if (running.isEmpty()) {
      pidFile.delete();
      return Stopped.NOT_RUNNING;
    }
    Stopped result = terminate(running.get(), timeout);
    pidFile.delete();
    return result;
  }

  private static Stopped terminate(ProcessHandle process, Duration timeout) {
    process.destroy();
    if (awaitExit(process, timeout)) {
      return Stopped.STOPPED;
    }
    process.destroyForcibly();
    if (!awaitExit(process, KILL_WAIT)) {
      throw new LauncherException("the Kafka broker (pid " + process.pid() + ") survived SIGKILL for "
          + KILL_WAIT.toSeconds() + " s");
    }
    return Stopped.KILLED;
  }

  private static boolean awaitExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LauncherException("interrupted while stopping the Kafka broker (pid " + process.pid() + ")", e);
    }
  }

  /** A broker of the same data directory is running already. */
  public static final class AlreadyRunningException extends LauncherException {
    private final transient ProcessHandle process;

    public AlreadyRunningException(String message, ProcessHandle process) {
      super(message);
      this.process = process;
    }

    public ProcessHandle process() {
      return process;
    }
  }
}
