package dev.retention.testkit;

/**
 * What the extension keeps in the class's {@code ExtensionContext.Store}: the cluster and the test's handle on it.
 * JUnit closes it (an {@link AutoCloseable} store value) when the class's context closes, after {@code @AfterAll}.
 */
final class ClusterHandle implements AutoCloseable {

    private final RunningCluster cluster;
    private final TestKafka kafka;

    private ClusterHandle(RunningCluster cluster) {
        this.cluster = cluster;
        this.kafka = new TestKafka(cluster);
    }

    static ClusterHandle start(ClusterPlan plan) {
        RunningCluster cluster = ClusterStarter.start(plan);
        try {
            return new ClusterHandle(cluster);
        } catch (RuntimeException | Error failure) {
            cluster.close();
            throw failure;
        }
    }

    TestKafka kafka() {
        return kafka;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            cluster.close();
        }
    }
}
