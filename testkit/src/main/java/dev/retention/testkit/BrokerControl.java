package dev.retention.testkit;

import java.util.SortedSet;

/**
 * Stops and restarts single brokers of an embedded cluster, for fault tests. Both methods block until the
 * cluster has noticed (the broker is fenced, respectively running and registered again); a restarted broker keeps
 * its id, its port and its data, so the bootstrap address stays valid. Replicas on a restarted broker rejoin the
 * ISR asynchronously: use {@link TestKafka#awaitReplicasInSync(String, java.time.Duration)} when that matters.
 */
public interface BrokerControl {

    /** Ids of all brokers of the cluster, running or not. */
    SortedSet<Integer> brokerIds();

    /** Ids of the brokers currently running. */
    SortedSet<Integer> runningBrokerIds();

    /** Controlled shutdown of one broker; returns once the controller no longer lists it. */
    void stopBroker(int brokerId);

    /** Starts a stopped broker again; returns once it is running and registered with the controller. */
    void startBroker(int brokerId);
}
