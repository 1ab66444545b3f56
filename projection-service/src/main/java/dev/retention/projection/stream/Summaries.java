package dev.retention.projection.stream;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResolved;
import dev.retention.contracts.events.ComplaintResponded;
import dev.retention.contracts.events.ContactLogged;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.PurchaseRefunded;
import dev.retention.contracts.events.SurveyAnswered;

/** One line per interaction for the timeline, for people; no personal data (events carry none). */
final class Summaries {

  private Summaries() {}

  static String of(CloudEvent event) {
    Object data = event.data();
    if (data instanceof PurchaseCompleted p) {
      return "Purchase " + p.orderId() + ": " + money(p.total()) + " (" + p.kind() + ")";
    }
    if (data instanceof PurchaseRefunded r) {
      return "Refund " + r.refundId() + " of order " + r.orderId() + ": " + money(r.amount());
    }
    if (data instanceof ContactLogged c) {
      return "Contact " + c.direction() + " by " + c.channel() + " (" + c.purpose() + "): " + c.outcome();
    }
    if (data instanceof ComplaintOpened o) {
      return (o.reopened() ? "Complaint reopened " : "Complaint opened ") + o.complaintId() + ": " + o.category()
          + ", severity " + o.severity();
    }
    if (data instanceof ComplaintResponded r) {
      return "Complaint " + r.complaintId() + " responded";
    }
    if (data instanceof ComplaintResolved r) {
      return "Complaint " + r.complaintId() + " resolved: " + r.resolution();
    }
    if (data instanceof SurveyAnswered s) {
      return s.metric() + " " + s.score() + " (" + s.touchpoint() + ")";
    }
    return event.type();
  }

  private static String money(Money m) {
    return m.amount().toPlainString() + " " + m.currency();
  }
}
