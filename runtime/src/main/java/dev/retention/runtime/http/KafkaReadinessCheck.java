package dev.retention.runtime.http;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/**
 * Ready when the Kafka cluster answers a describe-cluster request within a short timeout and lists at least one
 * broker. Wrap it in a {@link CachedReadinessCheck} so probes do not hammer the brokers.
 */
public final class KafkaReadinessCheck implements ReadinessCheck {

  private final Admin admin;
  private final Duration timeout;

  public KafkaReadinessCheck(Admin admin, Duration timeout) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public String name() {
    return "kafka";
  }

  @Override
  public Status check() {
    try {
      Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
          .nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return nodes.isEmpty() ? Status.down("the cluster lists no brokers")
          : Status.up(nodes.size() + (nodes.size() == 1 ? " broker" : " brokers") + " reachable");
    } catch (TimeoutException e) {
      return Status.down("no answer from the cluster within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      return Status.down("the cluster is not reachable: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Status.down("interrupted while asking the cluster");
    }
  }
}
