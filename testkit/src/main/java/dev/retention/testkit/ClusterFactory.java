package dev.retention.testkit;

/** Creates the cluster a plan asks for. Runs on the starter thread (see {@link ClusterStarter}). */
final class ClusterFactory {

    private static final String TESTCONTAINERS_KAFKA_CLASS = "org.testcontainers.kafka.KafkaContainer";

    private ClusterFactory() {
    }

    static RunningCluster create(ClusterPlan plan) throws Exception {
        return switch (plan.mode()) {
            case EMBEDDED -> EmbeddedKafkaCluster.start(plan);
            case EXTERNAL -> ExternalKafkaCluster.connect(plan);
            case TESTCONTAINERS -> {
                requireTestcontainersOnClasspath(plan);
                // Only referenced after the check above, so a missing optional dependency gives the message
                // instead of a NoClassDefFoundError.
                yield ContainerKafkaCluster.start(plan);
            }
            case AUTO -> throw new IllegalStateException("unresolved cluster mode");
        };
    }

    private static void requireTestcontainersOnClasspath(ClusterPlan plan) {
        try {
            Class.forName(TESTCONTAINERS_KAFKA_CLASS, false, ClusterFactory.class.getClassLoader());
        } catch (ClassNotFoundException missing) {
            throw new ClusterStartException("The " + plan.describe() + " was requested ("
                    + TestEnvironment.KAFKA_MODE + "=testcontainers or @KafkaCluster(mode = TESTCONTAINERS)) but "
                    + "org.testcontainers:testcontainers-kafka is not on the test classpath; add it with "
                    + "<scope>test</scope>, or unset " + TestEnvironment.KAFKA_MODE + " to use the embedded cluster");
        }
    }
}
