package dev.retention.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * Kafka's own {@link KafkaClusterTestKit} in the test JVM: one combined KRaft node for a single broker, otherwise
 * N brokers plus one separate controller (a multi-node combined cluster is known not to come up reliably).
 * Formatted with the latest production metadata version and feature levels, as {@code kafka-storage format}
 * would, rather than the test kit's default of unreleased ones.
 */
final class EmbeddedKafkaCluster implements RunningCluster {

    private final KafkaClusterTestKit kit;
    private final String description;
    private final String bootstrapServers;
    private final EmbeddedBrokerControl brokerControl;

    private EmbeddedKafkaCluster(KafkaClusterTestKit kit, String description) {
        this.kit = kit;
        this.description = description;
        // Fixed for the cluster's life: a restarted broker gets its pre-bound port back.
        this.bootstrapServers = kit.bootstrapServers();
        this.brokerControl = new EmbeddedBrokerControl(kit, bootstrapServers);
    }

    static RunningCluster start(ClusterPlan plan) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder(productionBootstrapMetadata())
                .setCombined(plan.brokers() == 1)
                .setNumBrokerNodes(plan.brokers())
                .setNumControllerNodes(1)
                .build();
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
        EmbeddedBrokerConfig.forBrokers(plan.brokers()).forEach(builder::setConfigProp);
        KafkaClusterTestKit kit = builder.build();
        try {
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return new EmbeddedKafkaCluster(kit, plan.describe());
        } catch (Exception | Error failure) {
            closeQuietly(kit, failure);
            throw failure;
        }
    }

    private static BootstrapMetadata productionBootstrapMetadata() {
        MetadataVersion version = MetadataVersion.latestProduction();
        Map<String, Short> features = new TreeMap<>();
        for (Feature feature : Feature.PRODUCTION_FEATURES) {
            features.put(feature.featureName(), feature.defaultLevel(version));
        }
        return BootstrapMetadata.fromVersions(version, features, "testkit");
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean disposable() {
        return true;
    }

    @Override
    public Optional<BrokerControl> brokerControl() {
        return Optional.of(brokerControl);
    }

    @Override
    public void close() {
        brokerControl.close();
        try {
            kit.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the " + description, e);
        }
    }

    private static void closeQuietly(KafkaClusterTestKit kit, Throwable primary) {
        try {
            kit.close();
        } catch (Exception | Error suppressed) {
            primary.addSuppressed(suppressed);
        }
    }
}
