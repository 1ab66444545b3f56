package dev.retention.contracts.segments;

/**
 * The customer's complaints.
 *
 * @param open complaints opened (or reopened) and not resolved since
 * @param resolved resolutions over the customer's whole history
 */
public record ComplaintCounts(int open, int resolved) {

  public static final ComplaintCounts NONE = new ComplaintCounts(0, 0);

  public ComplaintCounts {
    Check.atLeast(open, 0, "open");
    Check.atLeast(resolved, 0, "resolved");
  }
}
