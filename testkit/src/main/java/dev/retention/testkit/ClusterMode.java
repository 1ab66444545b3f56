package dev.retention.testkit;

/**
 * Where a test's Kafka cluster comes from.
 *
 * <p>With {@link #AUTO} (the default) the environment decides, system property first, then environment variable:
 * <ol>
 *   <li>{@code retention.test.kafka} / {@code RETENTION_TEST_KAFKA} = {@code embedded}, {@code testcontainers} or
 *       {@code external};</li>
 *   <li>otherwise, if {@code retention.test.bootstrap.servers} / {@code RETENTION_TEST_BOOTSTRAP_SERVERS} is set,
 *       {@link #EXTERNAL};</li>
 *   <li>otherwise {@link #EMBEDDED}.</li>
 * </ol>
 */
public enum ClusterMode {
    /** Let the environment decide (see the class comment). */
    AUTO,
    /** Kafka's own {@code KafkaClusterTestKit}, in the test JVM. Needs nothing but the classpath. */
    EMBEDDED,
    /**
     * A Testcontainers {@code KafkaContainer} (image {@code apache/kafka:<kafka.version>}, override with
     * {@code RETENTION_TEST_KAFKA_IMAGE}). Needs a Docker engine and {@code org.testcontainers:testcontainers-kafka}
     * on the test classpath; fails the test class with a clear message when either is missing.
     */
    TESTCONTAINERS,
    /** An already running cluster named by {@code RETENTION_TEST_BOOTSTRAP_SERVERS=host:port[,host:port]}. */
    EXTERNAL
}
