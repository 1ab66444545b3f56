package dev.retention.projection.query;

import dev.retention.projection.model.SegmentRow;
import java.util.List;

/**
 * Rows of one page with their index keys, in index order.
 *
 * @param keys the index key of each row, same order as {@code rows}
 * @param complete whether the scan reached the end of the matches
 */
public record SegmentPage(List<String> keys, List<SegmentRow> rows, boolean complete) {

  public SegmentPage {
    keys = List.copyOf(keys);
    rows = List.copyOf(rows);
  }
}
