package dev.retention.projection.stream;

import dev.retention.contracts.topics.Topics;
import java.util.List;

/**
 * The names of the projection's state stores and the input topic whose partitions each store's partitions follow
 * (needed to ask which instance owns which partition of a store).
 */
public final class ProjectionStores {

  /** customerId -> {@code Customer360}. */
  public static final String CUSTOMER_360 = "projection-customer-360";
  /** tier|risk|stage|customerId -> {@code SegmentRow}: pages of segment lists in a stable order. */
  public static final String SEGMENT_INDEX = "projection-segment-index";
  /** category|customerId -> {@code SegmentRow}. */
  public static final String CATEGORY_INDEX = "projection-category-index";
  /** Aggregates of the customer-keyed inputs: structured key -> {@code Tally}, per partition. */
  public static final String TALLIES = "projection-tallies";
  /** caseId -> {@code CaseInfo} of open cases. */
  public static final String CASES = "projection-cases";
  /** Aggregates of the case events, keyed like {@link #TALLIES}. */
  public static final String CASE_TALLIES = "projection-case-tallies";

  /** The stores whose partitions are the customer-keyed input partitions. */
  public static final List<String> CUSTOMER_KEYED = List.of(CUSTOMER_360, SEGMENT_INDEX, CATEGORY_INDEX, TALLIES);

  private ProjectionStores() {}

  /** The input topic whose partition numbers are the store's partition numbers. */
  public static String partitionTopic(String store) {
    return store.equals(CASES) || store.equals(CASE_TALLIES) ? Topics.CASES.name() : Topics.CUSTOMER_VALUE.name();
  }
}
