package dev.retention.projection.query;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Which instance answers for which partitions of a store in one scatter-gather: every partition exactly once, by its
 * active owner, or by a standby when it has no active owner (then {@code stale}).
 *
 * @param byHost the partitions each instance is asked for
 * @param stale whether some partition is served by a standby, or the cluster's assignment is not known
 */
public record PartitionPlan(Map<HostInfo, Set<Integer>> byHost, boolean stale) {}
