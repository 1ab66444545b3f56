package dev.retention.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Creates topics and waits until they are usable; remembers them so they can be removed from shared clusters. */
final class TopicAdmin {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;
    private final Set<String> created = new LinkedHashSet<>();

    TopicAdmin(Admin admin) {
        this.admin = admin;
    }

    /** Creates the topics and returns once every partition has a leader. */
    void create(Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        List<String> names = topics.stream().map(NewTopic::name).toList();
        try {
            admin.createTopics(topics).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Could not create topics " + names + ": " + failed.getCause(),
                    failed.getCause());
        } catch (TimeoutException timeout) {
            throw new IllegalStateException("Creating topics " + names + " took longer than " + ADMIN_TIMEOUT,
                    timeout);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics " + names, interrupted);
        }
        synchronized (created) {
            created.addAll(names);
        }
        await("every partition of " + names + " to have a leader", ADMIN_TIMEOUT,
                () -> describe(names).values().stream()
                        .flatMap(description -> description.partitions().stream())
                        .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty()));
    }

    /** Waits until, for every partition of the topic, the ISR holds all replicas. */
    void awaitReplicasInSync(String topic, Duration timeout) {
        await("all replicas of '" + topic + "' to be in sync", timeout,
                () -> describe(List.of(topic)).get(topic).partitions().stream().allMatch(TopicAdmin::fullyInSync));
    }

    private static boolean fullyInSync(TopicPartitionInfo partition) {
        return new HashSet<>(partition.isr()).containsAll(partition.replicas());
    }

    /** Deletes the topics created through this instance; best effort, for clusters that outlive the tests. */
    void deleteCreated() {
        List<String> names;
        synchronized (created) {
            names = new ArrayList<>(created);
            created.clear();
        }
        if (names.isEmpty()) {
            return;
        }
        try {
            admin.deleteTopics(names).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // a topic left behind on a shared cluster is untidy, not wrong: names are unique
        }
    }

    private Map<String, TopicDescription> describe(Collection<String> names) throws Exception {
        return admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS);
    }

    private static void await(String what, Duration timeout, java.util.concurrent.Callable<Boolean> condition) {
        try {
            Awaitility.await(what)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .ignoreExceptions()
                    .until(condition);
        } catch (ConditionTimeoutException timedOut) {
            throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what,
                    timedOut);
        }
    }
}
