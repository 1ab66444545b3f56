package dev.retention.testkit;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A single-node Kafka in a Docker container via Testcontainers' Kafka module (an optional dependency: only load
 * this class after checking it is on the classpath, as {@link ClusterFactory} does). The container image already
 * sets replication factor 1 for the internal topics, transaction log min ISR 1 and no initial rebalance delay.
 */
final class ContainerKafkaCluster implements RunningCluster {

    private final KafkaContainer container;
    private final String description;

    private ContainerKafkaCluster(KafkaContainer container, String description) {
        this.container = container;
        this.description = description;
    }

    /** Returns {@link RunningCluster} so that callers need not load Testcontainers types. */
    static RunningCluster start(ClusterPlan plan) {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new ClusterStartException("The " + plan.describe() + " was requested ("
                    + TestEnvironment.KAFKA_MODE + "=testcontainers or @KafkaCluster(mode = TESTCONTAINERS)) but no "
                    + "Docker engine is reachable; start Docker (or set DOCKER_HOST), or unset "
                    + TestEnvironment.KAFKA_MODE + " to use the embedded cluster");
        }
        DockerImageName image = DockerImageName.parse(plan.image()).asCompatibleSubstituteFor("apache/kafka");
        KafkaContainer container = new KafkaContainer(image);
        try {
            container.start();
        } catch (RuntimeException failure) {
            container.close();
            throw new ClusterStartException("Could not start the " + plan.describe() + ": " + failure, failure);
        }
        return new ContainerKafkaCluster(container, plan.describe());
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
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
        return Optional.empty();
    }

    @Override
    public void close() {
        container.close();
    }
}
