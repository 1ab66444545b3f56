package dev.retention.projection.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retention.contracts.json.Json;
import dev.retention.projection.model.Customer360;
import dev.retention.projection.model.SegmentRow;
import dev.retention.projection.model.Tally;
import dev.retention.projection.query.PeerClient.PeerUnavailableException;
import dev.retention.projection.stream.ProjectionStores;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Answers queries for the whole cluster from any instance: a key lookup goes to the key's owner (this instance or
 * another, over HTTP); a list or aggregate is gathered from every instance, each for the partitions the
 * {@link PartitionPlan} gives it, and merged. When an owner is away, a standby answers if {@code allowStale}, and
 * the answer is marked stale; otherwise the request gets 503 with Retry-After.
 */
public final class ProjectionQueries {

  private static final ObjectMapper JSON = Json.mapper();
  private static final TypeReference<Map<String, Tally>> TALLY_MAP = new TypeReference<>() {};

  private final ClusterView cluster;
  private final LocalStores local;
  private final PeerClient peers;
  private final boolean allowStale;
  private final QueryMetrics metrics;

  public ProjectionQueries(ClusterView cluster, LocalStores local, PeerClient peers, boolean allowStale,
      QueryMetrics metrics) {
    this.metrics = metrics;
    this.cluster = cluster;
    this.local = local;
    this.peers = peers;
    this.allowStale = allowStale;
  }

  public LocalStores local() {
    return local;
  }

  public ClusterView cluster() {
    return cluster;
  }

  /** The customer's 360 from wherever it lives; empty when no instance knows the customer. */
  public Answer<Optional<Customer360>> customer(String customerId, String apiKey) {
    return metrics.counted(lookup(customerId, apiKey));
  }

  private Answer<Optional<Customer360>> lookup(String customerId, String apiKey) {
    KeyQueryMetadata owner = cluster.ownerOf(customerId);
    if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
      throw unavailable("The owner of customer " + customerId + " is not known during a rebalance.");
    }
    int partition = owner.partition();
    if (owner.activeHost().equals(cluster.self())) {
      try {
        Answer<Optional<Customer360>> answer = new Answer<>(local.customer(customerId, partition),
            !cluster.activeHere(ProjectionStores.CUSTOMER_360, partition));
        metrics.local();
        return answer;
      } catch (InvalidStateStoreException e) {
        // restoring: fall through to the standbys
      }
    } else {
      try {
        Answer<Optional<Customer360>> answer = remoteCustomer(owner.activeHost(), customerId, partition, apiKey);
        metrics.routed();
        return answer;
      } catch (PeerUnavailableException e) {
        metrics.peerFailed(); // owner away: fall through to the standbys
      }
    }
    return fromStandby(owner, customerId, apiKey);
  }

  private Answer<Optional<Customer360>> fromStandby(KeyQueryMetadata owner, String customerId, String apiKey) {
    if (!allowStale) {
      throw unavailable("The owner of customer " + customerId + " is not available.");
    }
    metrics.standby();
    for (HostInfo standby : owner.standbyHosts()) {
      try {
        if (standby.equals(cluster.self())) {
          return new Answer<>(local.customer(customerId, owner.partition()), true);
        }
        Answer<Optional<Customer360>> remote = remoteCustomer(standby, customerId, owner.partition(), apiKey);
        return new Answer<>(remote.value(), true);
      } catch (InvalidStateStoreException | PeerUnavailableException e) {
        // try the next standby
      }
    }
    throw unavailable("Neither the owner nor a standby of customer " + customerId + " is available.");
  }

  private Answer<Optional<Customer360>> remoteCustomer(HostInfo host, String id, int partition, String apiKey) {
    PeerClient.Reply reply = peers.get(host, InternalPaths.customer(id, partition), apiKey);
    if (reply.status() == 404) {
      return new Answer<>(Optional.empty(), reply.stale());
    }
    ensureOk(host, reply);
    return new Answer<>(Optional.of(read(reply.body(), Customer360.class)), reply.stale());
  }

  /** Every tally of {@code store} under {@code prefix}, summed over all partitions of the cluster. */
  public Answer<Map<String, Tally>> tallies(String store, String prefix, String apiKey) {
    PartitionPlan plan = cluster.plan(store, cluster.localPartitions(store));
    Map<String, Tally> merged = new HashMap<>();
    boolean stale = plan.stale();
    for (Map.Entry<HostInfo, Set<Integer>> part : plan.byHost().entrySet()) {
      Answer<Map<String, Tally>> answer = gather(store, part.getKey(), part.getValue(),
          partitions -> local.tallies(store, prefix, partitions),
          reply -> read(reply.body(), TALLY_MAP),
          InternalPaths.tallies(store, prefix, part.getValue()), apiKey);
      answer.value().forEach((k, v) -> merged.merge(k, v, Tally::plus));
      stale |= answer.stale();
    }
    return metrics.counted(new Answer<>(merged, stale));
  }

  /** Up to {@code limit} matches after {@code afterKey} in index order, merged from every instance. */
  public Answer<SegmentPage> segments(SegmentQuery query, String afterKey, int limit, String apiKey) {
    PartitionPlan plan = cluster.plan(query.store(), cluster.localPartitions(query.store()));
    List<Map.Entry<String, SegmentRow>> rows = new ArrayList<>();
    boolean complete = true;
    boolean stale = plan.stale();
    for (Map.Entry<HostInfo, Set<Integer>> part : plan.byHost().entrySet()) {
      Answer<SegmentPage> answer = gather(query.store(), part.getKey(), part.getValue(),
          partitions -> local.segments(query, afterKey, limit, partitions),
          reply -> read(reply.body(), SegmentPage.class),
          InternalPaths.segments(query, afterKey, limit, part.getValue()), apiKey);
      SegmentPage page = answer.value();
      for (int i = 0; i < page.rows().size(); i++) {
        rows.add(Map.entry(page.keys().get(i), page.rows().get(i)));
      }
      complete &= page.complete();
      stale |= answer.stale();
    }
    rows.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
    if (rows.size() > limit) {
      complete = false;
      rows = rows.subList(0, limit);
    }
    return metrics.counted(new Answer<>(new SegmentPage(rows.stream().map(Map.Entry::getKey).toList(),
        rows.stream().map(Map.Entry::getValue).toList(), complete), stale));
  }

  private <T> Answer<T> gather(String store, HostInfo host, Set<Integer> partitions,
      Function<Set<Integer>, T> localRead,
      Function<PeerClient.Reply, T> remoteRead, String path, String apiKey) {
    if (host.equals(cluster.self())) {
      try {
        boolean stale = partitions.stream().anyMatch(p -> !cluster.activeHere(store, p));
        return new Answer<>(localRead.apply(partitions), stale);
      } catch (InvalidStateStoreException e) {
        throw unavailable("Some partitions of this instance are not queryable yet: " + e.getMessage());
      }
    }
    try {
      PeerClient.Reply reply = peers.get(host, path, apiKey);
      ensureOk(host, reply);
      return new Answer<>(remoteRead.apply(reply), reply.stale());
    } catch (PeerUnavailableException e) {
      metrics.peerFailed();
      if (!allowStale) {
        throw unavailable("Instance " + host + " is not available.");
      }
      try {
        // the instance is away: answer for its partitions from local standbys, if this instance has them
        return new Answer<>(localRead.apply(partitions), true);
      } catch (InvalidStateStoreException local) {
        throw unavailable("Instance " + host + " is not available and this instance has no copy of its state.");
      }
    }
  }

  private static void ensureOk(HostInfo host, PeerClient.Reply reply) {
    if (reply.status() != 200) {
      throw new IllegalStateException("instance " + host + " answered " + reply.status() + ": "
          + new String(reply.body(), StandardCharsets.UTF_8));
    }
  }

  private static ProblemException unavailable(String detail) {
    return new ProblemException(Problem.of(503, detail), Map.of("Retry-After", "1"));
  }

  private static <T> T read(byte[] body, Class<T> type) {
    try {
      return JSON.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(byte[] body, TypeReference<T> type) {
    try {
      return JSON.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
