package dev.retention.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What a benchmark run must undo, whatever happens: brokers, services, child processes, temporary directories.
 * Closed in reverse order of registration, once: at the end of the run, or by a shutdown hook on Ctrl-C.
 */
public final class Cleanup implements AutoCloseable {

  private final Deque<Step> steps = new ArrayDeque<>();
  private final Consumer<String> warn;
  private final Thread hook;
  private boolean closed;

  private record Step(String what, AutoCloseable action) {}

  /** A cleanup that reports a failing step on {@code err}. */
  public static Cleanup reportingTo(java.io.PrintWriter err) {
    return new Cleanup(message -> {
      err.println(message);
      err.flush();
    });
  }

  /** @param warn where a step that fails says so; cleanup goes on with the next step */
  public Cleanup(Consumer<String> warn) {
    this.warn = warn;
    this.hook = new Thread(this::close, "retention-bench-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Registers {@code action}, to run before every step registered earlier. */
  public synchronized <T extends AutoCloseable> T add(String what, T action) {
    if (closed) {
      closeQuietly(new Step(what, action));
      throw new IllegalStateException("the benchmark is stopping");
    }
    steps.push(new Step(what, action));
    return action;
  }

  /** Runs and forgets the most recent step, when a phase is done with it. */
  public synchronized void closeLatest() {
    if (!steps.isEmpty()) {
      closeQuietly(steps.pop());
    }
  }

  /** A temporary directory, deleted at the end. */
  public Path tempDir(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      add("delete " + dir, () -> deleteRecursively(dir));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    while (!steps.isEmpty()) {
      closeQuietly(steps.pop());
    }
    if (Thread.currentThread() != hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down already
      }
    }
  }

  private void closeQuietly(Step step) {
    try {
      step.action().close();
    } catch (Exception e) {
      warn.accept("could not " + step.what() + ": " + e);
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
