package dev.retention.projection.query;

import dev.retention.projection.model.SegmentRow;
import dev.retention.projection.model.TallyKey;
import dev.retention.projection.stream.ProjectionStores;

/**
 * A segment list filter and how it maps onto an index: with a category, the category index (category|customerId);
 * otherwise the segment index (tier|risk|stage|customerId), scanned over the longest key prefix the filter fixes
 * (tier, then risk, then stage) and filtered for the rest. Either way the order is the index key order, the same on
 * every instance, so pages merged from several instances are stable.
 *
 * @param tier a value tier name or null for any
 * @param risk a risk level name ({@code NONE} for no risk record) or null
 * @param stage a lifecycle stage name or null
 * @param category a category or null
 */
public record SegmentQuery(String tier, String risk, String stage, String category) {

  public String store() {
    return category != null ? ProjectionStores.CATEGORY_INDEX : ProjectionStores.SEGMENT_INDEX;
  }

  /** The key prefix every match starts with ("" for the whole index). */
  public String prefix() {
    if (category != null) {
      return TallyKey.prefix(category);
    }
    if (tier == null) {
      return "";
    }
    if (risk == null) {
      return TallyKey.prefix(tier);
    }
    return stage == null ? TallyKey.prefix(tier, risk) : TallyKey.prefix(tier, risk, stage);
  }

  public boolean matches(SegmentRow row) {
    return (tier == null || tier.equals(row.tier())) && (risk == null || risk.equals(row.risk()))
        && (stage == null || stage.equals(row.stage()));
  }
}
