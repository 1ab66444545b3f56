package dev.retention.segmentation.state;

import dev.retention.contracts.events.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A customer's complaints: the open ones (at most {@link #MAX_OPEN}, the newest kept) and how many were opened and
 * resolved ever. Responses do not change it: complaint SLAs are the churn detector's business.
 *
 * <p>A resolution for a complaint not open here (resolved before its opening arrived, or pushed out by newer ones) is
 * counted and otherwise ignored; an opening that arrives after its resolution stays open.
 *
 * @param open open complaints, oldest first
 * @param opened opening events ever, re-openings included
 * @param resolved resolution events ever
 */
public record Complaints(List<OpenComplaint> open, int opened, int resolved) {

  /** The most open complaints kept per customer. */
  public static final int MAX_OPEN = 16;

  private static final Complaints NONE = new Complaints(List.of(), 0, 0);

  public Complaints {
    open = List.copyOf(open);
  }

  public static Complaints none() {
    return NONE;
  }

  public Complaints withOpened(String complaintId, Instant time, Severity severity) {
    List<OpenComplaint> now = new ArrayList<>(open);
    if (now.stream().noneMatch(c -> c.complaintId().equals(complaintId))) {
      now.add(new OpenComplaint(complaintId, time, severity));
      now.sort(Comparator.comparing(OpenComplaint::openedAt).thenComparing(OpenComplaint::complaintId));
      while (now.size() > MAX_OPEN) {
        now.remove(0);
      }
    }
    return new Complaints(now, Math.addExact(opened, 1), resolved);
  }

  public Complaints withResolved(String complaintId) {
    List<OpenComplaint> now = new ArrayList<>(open);
    now.removeIf(c -> c.complaintId().equals(complaintId));
    return new Complaints(now, opened, Math.addExact(resolved, 1));
  }

  public int openCount() {
    return open.size();
  }
}
