package dev.retention.testkit;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What cluster a test class gets: the annotation's wishes resolved against the environment.
 *
 * @param mode             embedded, testcontainers or external (never AUTO)
 * @param brokers          number of brokers wanted
 * @param startupTimeout   upper bound for starting the cluster
 * @param bootstrapServers the external cluster's address (only for EXTERNAL)
 * @param image            the container image (only for TESTCONTAINERS)
 * @param skipReason       set when the class cannot run in this environment and should be skipped
 */
record ClusterPlan(
        ClusterMode mode,
        int brokers,
        Duration startupTimeout,
        Optional<String> bootstrapServers,
        String image,
        Optional<String> skipReason) {

    static final String DEFAULT_IMAGE = "apache/kafka:" + kafkaVersion();

    static ClusterPlan resolve(KafkaCluster annotation, TestEnvironment environment) {
        int brokers = annotation.brokers();
        if (brokers < 1) {
            throw new ExtensionConfigurationException("@KafkaCluster(brokers = " + brokers + "): need at least 1");
        }
        if (annotation.startupTimeoutSeconds() < 1) {
            throw new ExtensionConfigurationException("@KafkaCluster(startupTimeoutSeconds) must be positive");
        }
        Optional<String> bootstrap = environment.get(TestEnvironment.BOOTSTRAP_SERVERS);
        boolean chosenByAnnotation = annotation.mode() != ClusterMode.AUTO;
        ClusterMode mode = chosenByAnnotation ? annotation.mode() : modeFromEnvironment(environment, bootstrap);

        if (mode == ClusterMode.EXTERNAL && bootstrap.isEmpty()) {
            throw new ExtensionConfigurationException("An external Kafka cluster was requested but "
                    + TestEnvironment.BOOTSTRAP_SERVERS + " (or -D"
                    + TestEnvironment.propertyName(TestEnvironment.BOOTSTRAP_SERVERS) + ") is not set; "
                    + "set it to host:port[,host:port]");
        }
        Optional<String> skipReason = Optional.empty();
        if (brokers > 1 && mode != ClusterMode.EMBEDDED) {
            String why = "@KafkaCluster(brokers = " + brokers + ") needs an embedded multi-broker cluster, but the "
                    + "cluster mode is " + mode.name().toLowerCase(Locale.ROOT);
            if (chosenByAnnotation) {
                throw new ExtensionConfigurationException(why + " (set by the annotation)");
            }
            skipReason = Optional.of(why + " (set by " + TestEnvironment.KAFKA_MODE + " or "
                    + TestEnvironment.BOOTSTRAP_SERVERS + "); skipping this class");
        }
        String image = environment.get(TestEnvironment.KAFKA_IMAGE).orElse(DEFAULT_IMAGE);
        return new ClusterPlan(mode, brokers, Duration.ofSeconds(annotation.startupTimeoutSeconds()),
                mode == ClusterMode.EXTERNAL ? bootstrap : Optional.empty(), image, skipReason);
    }

    private static ClusterMode modeFromEnvironment(TestEnvironment environment, Optional<String> bootstrap) {
        Optional<String> requested = environment.get(TestEnvironment.KAFKA_MODE);
        if (requested.isPresent()) {
            String value = requested.get().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "embedded" -> ClusterMode.EMBEDDED;
                case "testcontainers" -> ClusterMode.TESTCONTAINERS;
                case "external" -> ClusterMode.EXTERNAL;
                default -> throw new ExtensionConfigurationException(TestEnvironment.KAFKA_MODE + "='"
                        + requested.get() + "' is not one of: embedded, testcontainers, external");
            };
        }
        return bootstrap.isPresent() ? ClusterMode.EXTERNAL : ClusterMode.EMBEDDED;
    }

    /** A short description for messages, e.g. "embedded KRaft cluster (3 brokers + 1 controller)". */
    String describe() {
        return switch (mode) {
            case EMBEDDED -> brokers == 1
                    ? "embedded KRaft cluster (1 combined broker/controller node)"
                    : "embedded KRaft cluster (" + brokers + " brokers + 1 controller)";
            case TESTCONTAINERS -> "Testcontainers Kafka (" + image + ")";
            case EXTERNAL -> "external Kafka cluster at " + bootstrapServers.orElse("?");
            case AUTO -> throw new IllegalStateException("unresolved mode");
        };
    }

    private static String kafkaVersion() {
        String version = org.apache.kafka.common.utils.AppInfoParser.getVersion();
        return version == null || version.isBlank() || "unknown".equals(version) ? "latest" : version;
    }
}
