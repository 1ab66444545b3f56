package dev.retention.testkit;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.metadata.BrokerState;
import org.awaitility.Awaitility;

/** {@link BrokerControl} for {@link EmbeddedKafkaCluster}: the test kit's {@link BrokerServer}s can be restarted. */
final class EmbeddedBrokerControl implements BrokerControl, AutoCloseable {

    private static final Duration STATE_CHANGE_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaClusterTestKit kit;
    private final String bootstrapServers;
    private final Set<Integer> stopped = new HashSet<>();
    private Admin admin;

    EmbeddedBrokerControl(KafkaClusterTestKit kit, String bootstrapServers) {
        this.kit = kit;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public synchronized SortedSet<Integer> brokerIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(kit.brokers().keySet()));
    }

    @Override
    public synchronized SortedSet<Integer> runningBrokerIds() {
        TreeSet<Integer> running = new TreeSet<>(kit.brokers().keySet());
        running.removeAll(stopped);
        return Collections.unmodifiableSortedSet(running);
    }

    @Override
    public synchronized void stopBroker(int brokerId) {
        BrokerServer broker = broker(brokerId);
        if (stopped.contains(brokerId)) {
            throw new IllegalStateException("Broker " + brokerId + " is already stopped");
        }
        if (runningBrokerIds().size() == 1) {
            throw new IllegalStateException("Broker " + brokerId + " is the last running broker; stopping it "
                    + "would leave nothing to talk to");
        }
        broker.shutdown();
        stopped.add(brokerId);
        awaitClusterView("broker " + brokerId + " to leave the cluster", ids -> !ids.contains(brokerId));
    }

    @Override
    public synchronized void startBroker(int brokerId) {
        BrokerServer broker = broker(brokerId);
        if (!stopped.contains(brokerId)) {
            throw new IllegalStateException("Broker " + brokerId + " is running; stop it first");
        }
        broker.startup();
        stopped.remove(brokerId);
        Awaitility.await("broker " + brokerId + " to be running")
                .atMost(STATE_CHANGE_TIMEOUT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> broker.brokerState() == BrokerState.RUNNING);
        awaitClusterView("broker " + brokerId + " to rejoin the cluster", ids -> ids.contains(brokerId));
    }

    private BrokerServer broker(int brokerId) {
        BrokerServer broker = kit.brokers().get(brokerId);
        if (broker == null) {
            throw new IllegalArgumentException("No broker " + brokerId + "; brokers are " + brokerIds());
        }
        return broker;
    }

    /** Waits until the brokers' view of the live (unfenced) brokers satisfies the condition. */
    private void awaitClusterView(String what, java.util.function.Predicate<Set<Integer>> condition) {
        Admin client = admin();
        Awaitility.await(what)
                .atMost(STATE_CHANGE_TIMEOUT)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> {
                    Set<Integer> live = new HashSet<>();
                    for (Node node : client.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                            .nodes().get(5, TimeUnit.SECONDS)) {
                        live.add(node.id());
                    }
                    return condition.test(live);
                });
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
    }
}
