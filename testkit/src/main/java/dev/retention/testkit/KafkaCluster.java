package dev.retention.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class one real Kafka cluster, started before the first test of the class and
 * stopped after the last. Tests receive it as a {@link TestKafka} parameter (constructor, {@code @BeforeAll},
 * {@code @BeforeEach} or test method).
 *
 * <p>Where the cluster comes from is decided by {@link #mode()} and, for {@link ClusterMode#AUTO}, by the
 * environment: see {@link ClusterMode}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KafkaClusterExtension.class)
public @interface KafkaCluster {

    /**
     * Number of brokers. 1 gives a single combined KRaft node (broker + controller). More than 1 gives that many
     * brokers plus one separate controller, with default replication factor 3 (2 for two brokers) and
     * {@code min.insync.replicas} one less; only an embedded cluster can provide that, so with more than one broker
     * a class is skipped (reported as such) when the environment selects Testcontainers or an external cluster.
     */
    int brokers() default 1;

    /** Where the cluster comes from; {@link ClusterMode#AUTO} lets the environment decide. */
    ClusterMode mode() default ClusterMode.AUTO;

    /** Upper bound for starting the cluster; past it the test class fails instead of hanging. */
    int startupTimeoutSeconds() default 60;
}
