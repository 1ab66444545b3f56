package dev.retention.deploy;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A platform service run locally as a child JVM of its own, detached from the command that starts it (like the
 * broker): its configuration passed as environment variables, its console in a log file, its pid in a pid file, and
 * started only once its {@code /health/ready} answers 200.
 *
 * @param name the service, e.g. {@code interaction-events}; also the name of its directory under the data root
 * @param mainClass the service's main class, on the CLI's own class path
 * @param dir the service's data directory (state, logs, pid file)
 * @param httpPort where its HTTP server listens on 127.0.0.1
 * @param portOption the {@code retention up} option that sets {@code httpPort}, for messages
 * @param env its configuration, as {@code RETENTION_...} environment variables
 */
public record ServiceProcess(
    String name, String mainClass, Path dir, int httpPort, String portOption, Map<String, String> env) {

  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration KILL_WAIT = Duration.ofSeconds(10);

  public Path logFile() {
    return dir.resolve("logs").resolve(name + ".log");
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + httpPort + "/");
  }

  private PidFile pidFile() {
    return new PidFile(dir.resolve(name + ".pid"));
  }

  /** A marker on the command line, first, so that a recycled pid is not taken for the service. */
  private String marker() {
    return "-Dretention.service=" + name + "@" + dir.toAbsolutePath();
  }

  public Optional<ProcessHandle> running() {
    return pidFile().liveProcess(commandLine -> commandLine.contains(marker()));
  }

  /** Starts the service and returns once it is ready; on failure stops it and says why with its last log lines. */
  public ProcessHandle start(Duration timeout) {
    Optional<ProcessHandle> running = running();
    if (running.isPresent()) {
      return running.get();
    }
    PortCheck.requireFree("127.0.0.1", httpPort, "a running " + name + "?", portOption);
    try {
      Files.createDirectories(logFile().getParent());
    } catch (IOException e) {
      throw new LauncherException("cannot create " + logFile().getParent() + ": " + e.getMessage(), e);
    }
    List<String> command = new ArrayList<>();
    setsid().ifPresent(command::add);
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add(marker());
    command.add("-Xmx512m");
    command.add("-Dlog4j2.configurationFile=classpath:dev/retention/deploy/service-log4j2.xml");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new LauncherException("cannot start " + name + ": " + e.getMessage(), e);
    }
    pidFile().write(process.pid());
    try {
      awaitReady(process.toHandle(), Instant.now().plus(timeout));
    } catch (RuntimeException e) {
      terminate(process.toHandle(), KILL_WAIT);
      pidFile().delete();
      throw e;
    }
    return process.toHandle();
  }

  /** Stops the service (SIGTERM: it closes cleanly), killing it after {@code timeout}; false if it was not running. */
  public boolean stop(Duration timeout) {
    Optional<ProcessHandle> running = running();
    running.ifPresent(process -> terminate(process, timeout));
    pidFile().delete();
    return running.isPresent();
  }

  private void awaitReady(ProcessHandle process, Instant deadline) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest probe = HttpRequest.newBuilder(baseUri().resolve("health/ready")).timeout(Duration.ofSeconds(3))
        .GET().build();
    while (true) {
      if (!process.isAlive()) {
        throw new LauncherException(name + " exited during start-up; last lines of " + logFile() + ":\n"
            + LogTail.of(logFile(), 15));
      }
      try {
        if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LauncherException("interrupted while waiting for " + name, e);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new LauncherException(name + " was not ready in time; last lines of " + logFile() + ":\n"
            + LogTail.of(logFile(), 15));
      }
      try {
        process.onExit().get(POLL.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // still running: poll again
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LauncherException("interrupted while waiting for " + name, e);
      }
    }
  }

  private void terminate(ProcessHandle process, Duration timeout) {
    process.destroy();
    if (!process.onExit().completeOnTimeout(process, timeout.toMillis(), TimeUnit.MILLISECONDS).join().isAlive()) {
      return;
    }
    process.destroyForcibly();
    process.onExit().completeOnTimeout(process, KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
  }

  private static Optional<String> setsid() {
    return List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid")).stream()
        .filter(Files::isExecutable).map(Path::toString).findFirst();
  }
}
