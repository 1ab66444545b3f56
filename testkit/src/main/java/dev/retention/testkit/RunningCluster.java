package dev.retention.testkit;

import java.util.Optional;

/** A started Kafka cluster, whatever its kind. Closing it stops what testkit started (nothing, for external). */
interface RunningCluster extends AutoCloseable {

    String bootstrapServers();

    /** For messages, e.g. "embedded KRaft cluster (1 combined broker/controller node)". */
    String description();

    /** True if the cluster is thrown away on close, so there is no need to clean up topics. */
    boolean disposable();

    /** Present for embedded clusters only. */
    Optional<BrokerControl> brokerControl();

    @Override
    void close();
}
