package dev.retention.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings for every node of the embedded cluster, as strings (as a server.properties file would give them):
 * production-like, sized to the number of brokers, quick to start. {@code default.replication.factor} stays on
 * the brokers too, because in Kafka 4 broker-side auto-created topics still read it there.
 */
final class EmbeddedBrokerConfig {

    private EmbeddedBrokerConfig() {
    }

    static Map<String, String> forBrokers(int brokers) {
        int replicationFactor = Math.min(3, brokers);
        int minInSync = Math.max(1, replicationFactor - 1);
        Map<String, String> config = new LinkedHashMap<>();
        // Internal topics must be creatable on this many brokers; exactly_once_v2 needs the transaction log.
        config.put("offsets.topic.replication.factor", String.valueOf(replicationFactor));
        config.put("transaction.state.log.replication.factor", String.valueOf(replicationFactor));
        config.put("transaction.state.log.min.isr", String.valueOf(minInSync));
        config.put("share.coordinator.state.topic.replication.factor", String.valueOf(replicationFactor));
        config.put("share.coordinator.state.topic.min.isr", String.valueOf(minInSync));
        config.put("default.replication.factor", String.valueOf(replicationFactor));
        config.put("min.insync.replicas", String.valueOf(minInSync));
        // Tests produce historic timestamps on purpose (never the wall clock); with the default 7-day retention
        // the broker's first retention check, 30 s after start, would delete such records mid-test. Topics that set
        // retention.ms themselves keep it.
        config.put("log.retention.ms", "-1");
        // Speed: no rebalance delay, few partitions for internal topics created on first use.
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.num.partitions", "5");
        if (brokers > 1) {
            // A restarted broker can only re-register once the controller has expired its previous session
            // (default 9 s); a shorter one makes BrokerControl.startBroker take about 4 s instead of 10.
            config.put("broker.session.timeout.ms", "4000");
            config.put("broker.heartbeat.interval.ms", "1000");
        }
        // Behave like a released broker: no unstable APIs or feature versions.
        config.put("unstable.api.versions.enable", "false");
        config.put("unstable.feature.versions.enable", "false");
        return config;
    }
}
