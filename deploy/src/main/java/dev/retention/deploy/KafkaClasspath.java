package dev.retention.deploy;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The classpath of the Kafka server JVM: {@code org.apache.kafka:kafka_2.13} and its runtime dependencies plus a
 * Log4j 2 backend, as resolved by Maven when the deploy module was built (maven-dependency-plugin writes it into the
 * jar as a resource). No Maven and no download at run time; only the local Maven repository.
 */
public record KafkaClasspath(List<Path> entries) {

  static final String RESOURCE = "kafka-server.classpath";

  private static final String REBUILD = "./mvnw -pl deploy -am package -DskipTests";

  public KafkaClasspath {
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("the Kafka classpath is empty");
    }
  }

  /** The classpath recorded at build time, checked to still exist on disk. */
  public static KafkaClasspath fromBuild() {
    String text;
    try (InputStream in = KafkaClasspath.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new LauncherException("the deploy module was built without its Kafka classpath (resource "
            + RESOURCE + "); rebuild it with " + REBUILD);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
    List<Path> entries = Arrays.stream(text.split(File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .toList();
    List<Path> missing = entries.stream().filter(p -> !Files.exists(p)).toList();
    if (!missing.isEmpty()) {
      throw new LauncherException(missing.size() + " file(s) of the Kafka server classpath no longer exist, e.g. "
          + missing.get(0) + "; rebuild with " + REBUILD);
    }
    return new KafkaClasspath(entries);
  }

  /** The value of {@code -cp}. */
  public String asArgument() {
    return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
  }
}
