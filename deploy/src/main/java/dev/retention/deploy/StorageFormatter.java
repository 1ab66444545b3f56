package dev.retention.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * Formats the broker's storage with Kafka's own tool ({@code kafka-storage.sh format}), once: only when
 * {@code meta.properties} is absent. The cluster id is chosen at that moment and from then on lives in
 * {@code meta.properties}, which is how data survives restarts.
 */
public final class StorageFormatter {

  static final String META_PROPERTIES = "meta.properties";

  private static final long FORMAT_TIMEOUT_SECONDS = 120;

  private final LocalKafkaConfig config;
  private final BrokerCommand command;

  public StorageFormatter(LocalKafkaConfig config, BrokerCommand command) {
    this.config = config;
    this.command = command;
  }

  /** What {@link #formatIfNeeded()} found or did. */
  public record Outcome(String clusterId, boolean formattedNow) {}

  public boolean isFormatted() {
    return Files.isRegularFile(metaProperties());
  }

  /** The cluster id from {@code meta.properties}, if the storage is formatted. */
  public Optional<String> clusterId() {
    return clusterId(config);
  }

  static Optional<String> clusterId(LocalKafkaConfig config) {
    Path meta = config.storageDir().resolve(META_PROPERTIES);
    if (!Files.isRegularFile(meta)) {
      return Optional.empty();
    }
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(meta)) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + meta, e);
    }
    return Optional.ofNullable(props.getProperty("cluster.id"));
  }

  /**
   * Formats the storage unless it is formatted already. Needs {@link LocalKafkaConfig#serverProperties()} written.
   */
  public Outcome formatIfNeeded() {
    Optional<String> existing = clusterId();
    if (existing.isPresent()) {
      return new Outcome(existing.get(), false);
    }
    if (isFormatted()) {
      throw new LauncherException(metaProperties() + " has no cluster.id; the storage under " + config.storageDir()
          + " is damaged. Move it away to start afresh.");
    }
    String clusterId = Uuid.randomUuid().toString();
    Path output = config.logsDir().resolve("format.log");
    try {
      Files.createDirectories(config.logsDir());
      Process process = new ProcessBuilder(command.storageFormat(clusterId))
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
      if (!process.waitFor(FORMAT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new LauncherException("formatting " + config.storageDir() + " took longer than "
            + FORMAT_TIMEOUT_SECONDS + " s; see " + output);
      }
      if (process.exitValue() != 0) {
        throw new LauncherException("formatting " + config.storageDir() + " failed (exit " + process.exitValue()
            + "):\n" + LogTail.of(output, 20));
      }
    } catch (IOException e) {
      throw new LauncherException("cannot run the Kafka storage tool: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LauncherException("interrupted while formatting " + config.storageDir(), e);
    }
    if (!isFormatted()) {
      throw new LauncherException("the Kafka storage tool succeeded but wrote no " + metaProperties()
          + "; see " + output);
    }
    return new Outcome(clusterId, true);
  }

  private Path metaProperties() {
    return config.storageDir().resolve(META_PROPERTIES);
  }
}
