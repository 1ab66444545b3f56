package dev.retention.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command lines of the Kafka JVMs the launcher runs: the storage format tool and the server. */
public final class BrokerCommand {

  /** Main class of the Kafka server. */
  public static final String SERVER_MAIN = "kafka.Kafka";

  /** Main class of {@code kafka-storage.sh}. */
  public static final String STORAGE_TOOL_MAIN = "kafka.tools.StorageTool";

  /** The system property that tells the broker of a data directory from other processes. */
  static final String MARKER_PROPERTY = "retention.kafka.dataDir";

  private final LocalKafkaConfig config;
  private final KafkaClasspath classpath;

  public BrokerCommand(LocalKafkaConfig config, KafkaClasspath classpath) {
    this.config = config;
    this.classpath = classpath;
  }

  /** {@code kafka-storage.sh format}: writes {@code meta.properties} and the bootstrap metadata. */
  public List<String> storageFormat(String clusterId) {
    List<String> cmd = java("256m");
    cmd.addAll(List.of(STORAGE_TOOL_MAIN, "format",
        "--cluster-id", clusterId,
        "--config", config.serverProperties().toString()));
    return cmd;
  }

  /**
   * {@code kafka-server-start.sh server.properties}.
   *
   * @param detached run in a session of its own ({@code setsid}, where available), so that neither a Ctrl-C nor a
   *     closed terminal reaches a broker that is meant to outlive the command that started it
   */
  public List<String> server(boolean detached) {
    List<String> cmd = new ArrayList<>();
    if (detached) {
      setsid().ifPresent(setsid -> cmd.add(setsid.toString()));
    }
    List<String> java = java(config.heap());
    cmd.add(java.get(0));
    cmd.add(marker());
    cmd.addAll(java.subList(1, java.size()));
    cmd.add("-XX:+UseG1GC");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add(SERVER_MAIN);
    cmd.add(config.serverProperties().toString());
    return cmd;
  }

  /**
   * Recognises the server's command line, as the operating system reports it, so that a recycled pid is not taken
   * for the broker. Looks for {@link #marker()}, which comes first because Linux cuts reported command lines at 4 KiB,
   * well before the end of the classpath.
   */
  public boolean isServerCommandLine(String commandLine) {
    return commandLine.contains(marker() + " ");
  }

  /** A system property that names the broker's data directory, first on its command line. */
  String marker() {
    return "-D" + MARKER_PROPERTY + "=" + config.dataDir();
  }

  private List<String> java(String heap) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Dkafka.logs.dir=" + config.logsDir());
    cmd.add("-Dlog4j2.configurationFile=" + config.log4jConfig().toUri());
    cmd.add("-cp");
    cmd.add(classpath.asArgument());
    return cmd;
  }

  private static Optional<Path> setsid() {
    return List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid")).stream()
        .filter(Files::isExecutable)
        .findFirst();
  }
}
