package dev.retention.contracts.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the catalog topics that do not exist yet. Existing topics are left as they are: changing the partition
 * count of a keyed topic would move customers between partitions, which is an operator's decision, not a start-up
 * side effect.
 */
public final class TopicProvisioner {

  private static final long TIMEOUT_SECONDS = 60;

  private final Admin admin;
  private final short replicationFactor;

  /**
   * @param replicationFactor replication factor of new topics: 1 on a single local broker, 3 on a cluster
   */
  public TopicProvisioner(Admin admin, short replicationFactor) {
    if (replicationFactor < 1) {
      throw new IllegalArgumentException("replicationFactor must be >= 1, was " + replicationFactor);
    }
    this.admin = admin;
    this.replicationFactor = replicationFactor;
  }

  /** What a provisioning run did. */
  public record Result(List<String> created, List<String> existing) {}

  /** Creates every topic of {@link Topics#all()} that is missing. */
  public Result createMissing() {
    return createMissing(Topics.all());
  }

  /**
   * The topic's own configs plus, on a replicated cluster, {@code min.insync.replicas}: 2 with three or more replicas
   * (an acknowledged write is then on two brokers, and one broker may be down without stopping writes).
   */
  java.util.Map<String, String> configs(Topic<?, ?> topic) {
    java.util.Map<String, String> configs = new java.util.HashMap<>(topic.configs());
    if (replicationFactor > 1) {
      configs.put(org.apache.kafka.common.config.TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
          Integer.toString(Math.min(2, replicationFactor - 1)));
    }
    return configs;
  }

  public Result createMissing(Collection<? extends Topic<?, ?>> topics) {
    try {
      Set<String> present = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<String> existing = new ArrayList<>();
      List<NewTopic> toCreate = new ArrayList<>();
      for (Topic<?, ?> topic : topics) {
        if (present.contains(topic.name())) {
          existing.add(topic.name());
        } else {
          toCreate.add(new NewTopic(topic.name(), topic.partitions(), replicationFactor).configs(configs(topic)));
        }
      }
      List<String> created = new ArrayList<>();
      CreateTopicsResult result = admin.createTopics(toCreate);
      for (NewTopic newTopic : toCreate) {
        try {
          result.values().get(newTopic.name()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          created.add(newTopic.name());
        } catch (ExecutionException e) {
          // another instance created it between our listing and our request: that is the state we wanted
          if (e.getCause() instanceof TopicExistsException) {
            existing.add(newTopic.name());
          } else {
            throw new TopicProvisioningException("could not create topic " + newTopic.name() + ": "
                + e.getCause().getMessage(), e.getCause());
          }
        }
      }
      awaitLeaders(created);
      return new Result(List.copyOf(created), List.copyOf(existing));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TopicProvisioningException("interrupted while creating topics", e);
    } catch (ExecutionException e) {
      throw new TopicProvisioningException("could not list topics: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new TopicProvisioningException(
          "Kafka did not answer within " + TIMEOUT_SECONDS + " s while creating topics", e);
    }
  }

  /**
   * Waits until every partition of the new topics has a leader. A topic exists before its partitions have leaders;
   * a producer that writes in between gets NOT_LEADER_OR_FOLLOWER on its first batches and, with several batches in
   * flight, out-of-order sequence errors on the ones behind them. Bounded by {@link #TIMEOUT_SECONDS}.
   */
  private void awaitLeaders(List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
    if (topics.isEmpty()) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (true) {
      boolean allLed;
      try {
        allLed = admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values()
            .stream()
            .flatMap(d -> d.partitions().stream())
            .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
        allLed = false; // metadata not yet propagated to the broker that answered
      }
      if (allLed) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("partitions of " + topics + " have no leader after " + TIMEOUT_SECONDS + " s");
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  /** Topic creation failed; the message says which topic and why. */
  public static final class TopicProvisioningException extends RuntimeException {
    public TopicProvisioningException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
