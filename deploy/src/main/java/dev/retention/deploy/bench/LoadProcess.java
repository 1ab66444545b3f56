package dev.retention.deploy.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link HttpLoadGenerator} in a JVM of its own (the same {@code java} and classpath as this one) and reads its
 * result. Its error output goes to this process's error output as it comes.
 */
final class LoadProcess {

  /** How much longer than its plan the generator may take (start-up, generating payloads) before it is killed. */
  static final Duration GRACE = Duration.ofSeconds(90);

  private LoadProcess() {}

  /** The command line: java, classpath, main class, the plan's arguments. */
  static List<String> command(HttpLoadGenerator.Plan plan) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(HttpLoadGenerator.class.getName());
    command.addAll(plan.toArgs());
    return command;
  }

  /**
   * Runs the generator to its end and returns its result.
   *
   * @throws IllegalStateException if it failed, printed no result, or overran its plan by {@link #GRACE}
   */
  static LoadResult run(HttpLoadGenerator.Plan plan, String apiKey, Cleanup cleanup, Listener listener)
      throws InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(plan)).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put(HttpLoadGenerator.API_KEY_ENV, apiKey);
    Process process;
    try {
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the load generator: " + e.getMessage(), e);
    }
    cleanup.add("stop the load generator", process::destroyForcibly);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> read(process.getInputStream(), out, listener), "load-generator-output");
    reader.start();
    Duration limit = plan.warmup().plus(plan.window()).plus(GRACE);
    boolean exited = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    cleanup.closeLatest();
    reader.join(5_000);
    String output;
    synchronized (out) {
      output = out.toString(StandardCharsets.UTF_8);
    }
    if (!exited) {
      throw new IllegalStateException("the load generator did not finish within " + limit.toSeconds()
          + " s; killed it");
    }
    return LoadResult.find(output).orElseThrow(() -> new IllegalStateException(
        "the load generator exited with " + process.exitValue() + " without a result line; it printed: "
            + output.strip()));
  }

  /** Hears when the load starts and ends, as the generator says it, to measure other things over the same time. */
  interface Listener {
    void started();

    void finished();
  }

  private static void read(InputStream in, ByteArrayOutputStream out, Listener listener) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.equals(HttpLoadGenerator.STARTED)) {
          listener.started();
        } else if (line.startsWith(LoadResult.PREFIX)) {
          listener.finished();
        }
        synchronized (out) {
          out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      // the process is gone; what was read is what there is
    }
  }
}
