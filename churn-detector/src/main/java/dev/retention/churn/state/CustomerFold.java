package dev.retention.churn.state;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResolved;
import dev.retention.contracts.events.ComplaintResponded;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.PurchaseRefunded;
import dev.retention.contracts.events.SurveyAnswered;
import dev.retention.contracts.events.SurveyMetric;
import dev.retention.contracts.segments.CustomerValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one interaction event or customer-value record to a customer's state: a pure function, so the topology, the
 * back-test and the tests fold the same way. Every interaction counts in the day's activity; the kinds the signals
 * need are also kept in detail. Evidence older than its window is pruned as time goes on.
 */
public final class CustomerFold {

  private final ChurnConfig config;

  public CustomerFold(ChurnConfig config) {
    this.config = config;
  }

  /** The state after {@code event}, an interaction event of the customer; other events change nothing. */
  public CustomerState apply(CustomerState state, CloudEvent event) {
    // the event time as stream time sees it (the record timestamp, milliseconds): an event sent with a finer time
    // must not count as later than the evaluation it triggers
    Instant at = event.time().truncatedTo(ChronoUnit.MILLIS);
    String id = event.id();
    CustomerState s = state;
    if (!event.eventType().isInteraction()) {
      return state;
    }
    if (event.data() instanceof PurchaseCompleted p) {
      s = withPurchase(s, at, id, p);
    } else if (event.data() instanceof PurchaseRefunded) {
      s = withRefund(s, at, id);
    } else if (event.data() instanceof ComplaintOpened c) {
      s = withComplaint(s, at, id, c);
    } else if (event.data() instanceof ComplaintResponded c) {
      s = withResponse(s, at, c.complaintId());
    } else if (event.data() instanceof ComplaintResolved c) {
      s = withResolution(s, c.complaintId());
    } else if (event.data() instanceof SurveyAnswered a) {
      s = withSurvey(s, at, id, a);
    }
    boolean purchase = event.data() instanceof PurchaseCompleted;
    boolean refund = event.data() instanceof PurchaseRefunded;
    return prune(withDay(s, Purchases.day(at), purchase ? 1 : 0, refund ? 1 : 0), at);
  }

  /** The state with the segmentation's view of the customer: tier and typical interval. */
  public CustomerState apply(CustomerState state, CustomerValue value) {
    if (value == null) {
      return state;
    }
    return new CustomerState(state.purchases(), state.days(), state.openComplaints(), state.complaintOpenings(),
        state.surveys(), state.refunds(), value.valueTier(), value.typicalIntervalDays());
  }

  /** Drops what no window reaches at {@code now} any more. */
  public CustomerState prune(CustomerState s, Instant now) {
    long firstDay = Purchases.day(now) - config.historyDays() + 1;
    List<DayCounts> days = s.days().stream().filter(d -> d.day() >= firstDay).toList();
    Instant openingsFrom = now.minus(config.complaints().repeatWindow());
    List<Evidence> openings = s.complaintOpenings().stream().filter(e -> e.at().isAfter(openingsFrom)).toList();
    if (days.size() == s.days().size() && openings.size() == s.complaintOpenings().size()) {
      return s;
    }
    return new CustomerState(s.purchases(), days, s.openComplaints(), openings, s.surveys(), s.refunds(),
        s.valueTier(), s.typicalIntervalDays());
  }

  private CustomerState withPurchase(CustomerState s, Instant at, String id, PurchaseCompleted p) {
    double amount = p.total().currency().equals(config.value().currency()) ? p.total().amount().doubleValue() : 0;
    Purchases purchases = s.purchases().add(at, id, amount, config.overdue().intervalSample());
    return new CustomerState(purchases, s.days(), s.openComplaints(), s.complaintOpenings(), s.surveys(),
        s.refunds(), s.valueTier(), s.typicalIntervalDays());
  }

  private CustomerState withRefund(CustomerState s, Instant at, String id) {
    List<Evidence> refunds = appendBounded(s.refunds(), new Evidence(at, id));
    return new CustomerState(s.purchases(), s.days(), s.openComplaints(), s.complaintOpenings(), s.surveys(),
        refunds, s.valueTier(), s.typicalIntervalDays());
  }

  private CustomerState withComplaint(CustomerState s, Instant at, String id, ComplaintOpened c) {
    List<Complaint> open = new ArrayList<>(s.openComplaints());
    open.removeIf(o -> o.complaintId().equals(c.complaintId()));
    open.add(new Complaint(c.complaintId(), c.severity(), at, id, null, c.reopened()));
    List<Evidence> openings = appendBounded(s.complaintOpenings(), new Evidence(at, id));
    return new CustomerState(s.purchases(), s.days(), open, openings, s.surveys(), s.refunds(), s.valueTier(),
        s.typicalIntervalDays());
  }

  private CustomerState withResponse(CustomerState s, Instant at, String complaintId) {
    List<Complaint> open = s.openComplaints().stream()
        .map(c -> c.complaintId().equals(complaintId) ? c.responded(at) : c).toList();
    return new CustomerState(s.purchases(), s.days(), open, s.complaintOpenings(), s.surveys(), s.refunds(),
        s.valueTier(), s.typicalIntervalDays());
  }

  private CustomerState withResolution(CustomerState s, String complaintId) {
    List<Complaint> open = s.openComplaints().stream().filter(c -> !c.complaintId().equals(complaintId)).toList();
    return new CustomerState(s.purchases(), s.days(), open, s.complaintOpenings(), s.surveys(), s.refunds(),
        s.valueTier(), s.typicalIntervalDays());
  }

  private CustomerState withSurvey(CustomerState s, Instant at, String id, SurveyAnswered a) {
    if (a.metric() == SurveyMetric.CES) {
      return s;
    }
    Integer previous = s.survey(a.metric()).map(SurveyAnswer::score).orElse(null);
    List<SurveyAnswer> surveys = new ArrayList<>(s.surveys());
    surveys.removeIf(x -> x.metric() == a.metric());
    surveys.add(new SurveyAnswer(a.metric(), a.score(), previous, at, id));
    return new CustomerState(s.purchases(), s.days(), s.openComplaints(), s.complaintOpenings(), surveys,
        s.refunds(), s.valueTier(), s.typicalIntervalDays());
  }

  private static CustomerState withDay(CustomerState s, long day, int purchases, int refunds) {
    List<DayCounts> days = new ArrayList<>(s.days());
    int i = days.size() - 1;
    while (i >= 0 && days.get(i).day() > day) {
      i--;
    }
    if (i >= 0 && days.get(i).day() == day) {
      days.set(i, days.get(i).plus(1, purchases, refunds));
    } else {
      days.add(i + 1, new DayCounts(day, 1, purchases, refunds));
    }
    return new CustomerState(s.purchases(), days, s.openComplaints(), s.complaintOpenings(), s.surveys(),
        s.refunds(), s.valueTier(), s.typicalIntervalDays());
  }

  private static List<Evidence> appendBounded(List<Evidence> list, Evidence e) {
    List<Evidence> copy = new ArrayList<>(list);
    int i = copy.size();
    while (i > 0 && copy.get(i - 1).at().isAfter(e.at())) {
      i--;
    }
    copy.add(i, e);
    while (copy.size() > CustomerState.MAX_EVIDENCE) {
      copy.remove(0);
    }
    return copy;
  }
}
