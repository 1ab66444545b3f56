package dev.retention.deploy.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The broker a benchmark measures against: the one given with {@code --bootstrap-servers}, or a private one started
 * in the run's work directory and stopped by the run's {@link Cleanup}.
 *
 * @param bootstrapServers where it listens
 * @param description for the report
 * @param processes the processes whose CPU the run accounts for: this JVM, and the private broker if there is one
 */
record BenchBroker(String bootstrapServers, String description, Map<String, ProcessHandle> processes) {

  static BenchBroker use(Optional<String> given, Path home, Path work, Cleanup cleanup, Consumer<String> say) {
    Map<String, ProcessHandle> processes = new LinkedHashMap<>();
    processes.put("this JVM", ProcessHandle.current());
    if (given.isPresent()) {
      return new BenchBroker(given.get(), "existing broker at " + given.get(), processes);
    }
    say.accept("starting a private Kafka broker in " + work.resolve("kafka") + " ...");
    PrivateBroker broker = cleanup.add("stop the private broker", PrivateBroker.start(home, work.resolve("kafka")));
    processes.put("broker", broker.process());
    return new BenchBroker(broker.bootstrapServers(), broker.describe(), processes);
  }
}
