package dev.retention.projection.stream;

import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ChurnWarningCleared;
import dev.retention.contracts.churn.ChurnWarningEscalated;
import dev.retention.contracts.churn.ChurnWarningRaised;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResolved;
import dev.retention.contracts.events.ComplaintResponded;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.projection.model.Customer360;
import dev.retention.projection.model.OpenComplaint;
import dev.retention.projection.model.OpenWarning;
import dev.retention.projection.model.SurveyAnswer;
import dev.retention.projection.model.TallyKey;
import dev.retention.projection.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** How each input changes a customer's 360. Pure functions of the old 360 and the input. */
public final class CustomerFold {

  /** More distinct purchase months than this (50 years) are not kept; the oldest stay, they fix the cohort. */
  static final int MAX_PURCHASE_MONTHS = 600;

  private static final Comparator<TimelineEntry> NEWEST_FIRST =
      Comparator.comparing(TimelineEntry::time).reversed().thenComparing(TimelineEntry::eventId);

  private final int timelineLength;

  public CustomerFold(int timelineLength) {
    this.timelineLength = timelineLength;
  }

  public Customer360 warning(Customer360 c, ChurnWarning w) {
    OpenWarning open = c.openWarning();
    OpenWarning next;
    if (w instanceof ChurnWarningRaised r) {
      next = new OpenWarning(r.warningId(), r.level(), r.score(), r.at(), r.at(), r.reasons());
    } else if (w instanceof ChurnWarningEscalated e) {
      next = new OpenWarning(e.warningId(), e.to(), e.score(),
          open != null && open.warningId().equals(e.warningId()) ? open.raisedAt() : e.at(), e.at(), e.reasons());
    } else {
      ChurnWarningCleared cleared = (ChurnWarningCleared) w;
      next = open != null && !open.warningId().equals(cleared.warningId()) ? open : null;
    }
    return c.withOpenWarning(next).touchedAt(w.at());
  }

  public Customer360 interaction(Customer360 c, CloudEvent event) {
    if (c.timeline().stream().anyMatch(t -> t.eventId().equals(event.id()))) {
      return c; // seen: a redelivered event changes nothing
    }
    Customer360 next = c.withTimeline(timeline(c.timeline(), entry(event))).touchedAt(event.time());
    Object data = event.data();
    if (data instanceof PurchaseCompleted) {
      return next.withPurchaseMonths(purchaseMonths(c.purchaseMonths(), event));
    }
    if (data instanceof ComplaintOpened o) {
      return next.withOpenComplaints(opened(c.openComplaints(), o, event));
    }
    if (data instanceof ComplaintResponded r) {
      return next.withOpenComplaints(c.openComplaints().stream()
          .map(oc -> oc.complaintId().equals(r.complaintId()) ? oc.responded(event.time()) : oc).toList());
    }
    if (data instanceof ComplaintResolved r) {
      return next.withOpenComplaints(c.openComplaints().stream()
          .filter(oc -> !oc.complaintId().equals(r.complaintId())).toList());
    }
    if (data instanceof SurveyAnswered s) {
      return next.withLastSurveys(surveys(c.lastSurveys(), s, event));
    }
    return next;
  }

  private List<TimelineEntry> timeline(List<TimelineEntry> old, TimelineEntry entry) {
    List<TimelineEntry> next = new ArrayList<>(old);
    next.add(entry);
    next.sort(NEWEST_FIRST);
    return next.size() > timelineLength ? next.subList(0, timelineLength) : next;
  }

  private static List<String> purchaseMonths(List<String> old, CloudEvent event) {
    TreeSet<String> months = new TreeSet<>(old);
    months.add(TallyKey.month(event.time()));
    while (months.size() > MAX_PURCHASE_MONTHS) {
      months.pollLast();
    }
    return List.copyOf(months);
  }

  private static List<OpenComplaint> opened(List<OpenComplaint> old, ComplaintOpened o, CloudEvent event) {
    List<OpenComplaint> next = new ArrayList<>(old.stream()
        .filter(oc -> !oc.complaintId().equals(o.complaintId())).toList());
    next.add(new OpenComplaint(o.complaintId(), o.category(), o.severity().name(), event.time(), null, event.id()));
    next.sort(Comparator.comparing(OpenComplaint::openedAt));
    return next;
  }

  private static List<SurveyAnswer> surveys(List<SurveyAnswer> old, SurveyAnswered s, CloudEvent event) {
    String metric = s.metric().name();
    List<SurveyAnswer> next = new ArrayList<>();
    for (SurveyAnswer a : old) {
      if (!a.metric().equals(metric)) {
        next.add(a);
      } else if (a.at().isAfter(event.time())) {
        return old; // an older answer arriving late does not replace a newer one
      }
    }
    next.add(new SurveyAnswer(metric, s.score(), event.time(), s.touchpoint(), s.comment(), event.id()));
    next.sort(Comparator.comparing(SurveyAnswer::metric));
    return next;
  }

  static TimelineEntry entry(CloudEvent event) {
    return new TimelineEntry(event.id(), event.type(), event.time(), Summaries.of(event));
  }
}
