package dev.retention.deploy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code retention kafka}: the local single-node broker. */
@Command(
    name = "kafka",
    mixinStandardHelpOptions = true,
    description = "The local single-node Kafka broker (KRaft, the real Kafka server from Maven artifacts).",
    subcommands = {KafkaStartCommand.class, KafkaStopCommand.class, KafkaStatusCommand.class})
final class KafkaCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
