package dev.retention.deploy.bench;

import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.deploy.BrokerProbe;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.streams.StreamsSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * What every phase of a run works with: the broker (private, or the one given) with the catalog topics, the
 * interaction-events settings of the run (fresh application id and state directory, a throw-away API key), the
 * gateway's producer settings, and the meters. Everything it creates is undone by the run's {@link Cleanup}.
 *
 * @param broker where Kafka runs, for the report
 * @param values the interaction-events service's settings for this run
 * @param producerConfig the gateway's producer settings, which the raw producer uses too
 */
record BenchRig(String broker, boolean ownBroker, TopicOffsets topics, CpuMeter cpu, ConfigValues values,
    BenchApiKey key, Map<String, Object> producerConfig) {

  static BenchRig prepare(IngestionBenchOptions options, Path home, String runId, Cleanup cleanup, PrintWriter out) {
    Path work = cleanup.tempDir("retention-bench-");
    BenchBroker benchBroker = BenchBroker.use(options.bootstrapServers(), home, work, cleanup, line -> {
      out.println(line);
      out.flush();
    });
    String bootstrap = benchBroker.bootstrapServers();
    String broker = benchBroker.description();
    Admin admin = cleanup.add("close the admin client", BrokerProbe.admin(bootstrap));
    new TopicProvisioner(admin, (short) 1).createMissing();
    BenchApiKey key = BenchApiKey.create(work);
    ConfigValues values = IngestionSettings.resolve(bootstrap, runId + "-validator", work.resolve("state"),
        key.file(), options.streamThreads(), options.commitInterval());
    if (options.bootstrapServers().isPresent()) {
      cleanup.add("delete the validator's internal topics",
          () -> deleteInternalTopics(admin, StreamsSettings.from(values).applicationId()));
    }
    return new BenchRig(broker, options.bootstrapServers().isEmpty(), new TopicOffsets(admin),
        new CpuMeter(benchBroker.processes()), values, key, GatewayPhase.producerConfig(values));
  }

  /** On a broker that outlives the run: the internal topics and the consumer group of a benchmarked application. */
  static void deleteInternalTopics(Admin admin, String applicationId)
      throws ExecutionException, InterruptedException, TimeoutException {
    Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
    List<String> internal = names.stream().filter(n -> n.startsWith(applicationId + "-")).toList();
    if (!internal.isEmpty()) {
      admin.deleteTopics(internal).all().get(30, TimeUnit.SECONDS);
    }
    try {
      admin.deleteConsumerGroups(List.of(applicationId)).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // the group may still be settling after its last member left; it expires by itself
    }
  }
}
