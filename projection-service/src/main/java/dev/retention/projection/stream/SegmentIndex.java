package dev.retention.projection.stream;

import dev.retention.contracts.segments.Preference;
import dev.retention.projection.model.Customer360;
import dev.retention.projection.model.TallyKey;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys of the secondary indexes. Their byte order is the order of segment lists: tier, risk level, lifecycle
 * stage, then customer id (or category, then customer id), so a prefix or range scan per partition gives a stable,
 * mergeable order and a page boundary is just the last key.
 */
public final class SegmentIndex {

  private SegmentIndex() {}

  public static String segmentKey(Customer360 c) {
    return TallyKey.of(c.tierName(), c.riskName(), c.stageName(), c.customerId());
  }

  /** One key per top category of the customer. */
  public static Set<String> categoryKeys(Customer360 c) {
    Set<String> keys = new LinkedHashSet<>();
    if (c.value() != null) {
      for (Preference p : c.value().topCategories()) {
        keys.add(TallyKey.of(p.id(), c.customerId()));
      }
    }
    return keys;
  }
}
