package dev.retention.deploy;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.utils.AppInfoParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code retention} command line; {@code deploy/bin/retention} runs it. */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    versionProvider = RetentionCli.Version.class,
    description = "Runs the Retention Platform locally.",
    subcommands = {UpCommand.class, DownCommand.class, KafkaCommand.class, TopicsCommand.class, ImportCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class})
public final class RetentionCli implements Runnable {

  /** Exit code of {@code kafka status} when no broker is running. */
  public static final int EXIT_NOT_RUNNING = 3;

  static final String LOG_CONFIG = "dev/retention/deploy/cli-log4j2.xml";

  private final Map<String, String> env;

  @Spec
  CommandSpec spec;

  public RetentionCli(Map<String, String> env) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
  }

  public static void main(String[] args) {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "classpath:" + LOG_CONFIG);
    }
    CommandLine cli = commandLine(System.getenv());
    int exitCode = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    System.exit(exitCode);
  }

  /** The command line, with the environment the configuration is read from. */
  public static CommandLine commandLine(Map<String, String> env) {
    CommandLine cli = new CommandLine(new RetentionCli(env));
    CommandLine kafka = cli.getSubcommands().get("kafka");
    for (CommandLine command : List.of(kafka.getSubcommands().get("start"), kafka.getSubcommands().get("stop"),
        kafka.getSubcommands().get("status"), cli.getSubcommands().get("topics"), cli.getSubcommands().get("up"),
        cli.getSubcommands().get("down"))) {
      ConfigOptions.addTo(command);
    }
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      if (e instanceof LauncherException) {
        command.getErr().println("retention: " + e.getMessage());
        command.getErr().flush();
        return 1;
      }
      throw e;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The environment, for subcommands. */
  static Map<String, String> env(CommandSpec spec) {
    return ((RetentionCli) spec.root().userObject()).env;
  }

  static PrintWriter out(CommandSpec spec) {
    return spec.commandLine().getOut();
  }

  /** Version of the CLI and of the Kafka it runs. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String own = Objects.requireNonNullElse(RetentionCli.class.getPackage().getImplementationVersion(), "dev");
      return new String[] {"retention " + own + " (Kafka " + AppInfoParser.getVersion() + ")"};
    }
  }
}
