package dev.retention.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** A cluster someone else runs ({@code RETENTION_TEST_BOOTSTRAP_SERVERS}); testkit only checks it is reachable. */
final class ExternalKafkaCluster implements RunningCluster {

    private static final int REACHABILITY_TIMEOUT_MS = 15_000;

    private final String bootstrapServers;
    private final String description;

    private ExternalKafkaCluster(String bootstrapServers, String description) {
        this.bootstrapServers = bootstrapServers;
        this.description = description;
    }

    static RunningCluster connect(ClusterPlan plan) {
        String bootstrap = plan.bootstrapServers().orElseThrow();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(REACHABILITY_TIMEOUT_MS))
                    .clusterId().get(REACHABILITY_TIMEOUT_MS + 1_000L, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ClusterStartException("Interrupted while contacting the " + plan.describe(), interrupted);
        } catch (Exception unreachable) {
            throw new ClusterStartException("Cannot reach the " + plan.describe() + " within "
                    + REACHABILITY_TIMEOUT_MS / 1000 + " s (from " + TestEnvironment.BOOTSTRAP_SERVERS + "): "
                    + unreachable, unreachable);
        }
        return new ExternalKafkaCluster(bootstrap, plan.describe());
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
        return false;
    }

    @Override
    public Optional<BrokerControl> brokerControl() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
