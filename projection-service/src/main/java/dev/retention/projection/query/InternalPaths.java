package dev.retention.projection.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The endpoints instances call on each other; they answer from local state only, never routing further. */
public final class InternalPaths {

  public static final String CUSTOMER = "/internal/v1/customers/{id}";
  public static final String TALLIES = "/internal/v1/tallies";
  public static final String SEGMENTS = "/internal/v1/segments";

  private InternalPaths() {}

  static String customer(String id, int partition) {
    return "/internal/v1/customers/" + enc(id) + "?partition=" + partition;
  }

  static String tallies(String store, String prefix, Set<Integer> partitions) {
    return TALLIES + "?store=" + enc(store) + "&prefix=" + enc(prefix) + "&partitions=" + list(partitions);
  }

  static String segments(SegmentQuery q, String afterKey, int limit, Set<Integer> partitions) {
    StringBuilder s = new StringBuilder(SEGMENTS).append("?limit=").append(limit)
        .append("&partitions=").append(list(partitions));
    param(s, "tier", q.tier());
    param(s, "risk", q.risk());
    param(s, "stage", q.stage());
    param(s, "category", q.category());
    param(s, "after", afterKey);
    return s.toString();
  }

  private static void param(StringBuilder s, String name, String value) {
    if (value != null) {
      s.append('&').append(name).append('=').append(enc(value));
    }
  }

  private static String list(Set<Integer> partitions) {
    return partitions.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
