package dev.retention.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The Log4j 2 configuration of the broker JVM: everything to files under {@link LocalKafkaConfig#logsDir()}, nothing
 * to the console. Copied from the deploy jar to the data directory on every start, because the broker's classpath
 * does not contain the deploy jar.
 */
public final class BrokerLogging {

  static final String RESOURCE = "kafka-server-log4j2.xml";

  private BrokerLogging() {}

  /** Writes {@link LocalKafkaConfig#log4jConfig()} and returns its path. */
  public static Path write(LocalKafkaConfig config) {
    try (InputStream in = BrokerLogging.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the deploy jar");
      }
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ServerPropertiesWriter.writeAtomically(config.log4jConfig(), xml);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }
}
