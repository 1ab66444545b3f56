package dev.retention.churn.quality;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.Complaint;
import dev.retention.churn.state.CustomerState;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintOpened;
import dev.retention.contracts.events.ComplaintResponded;
import dev.retention.contracts.events.LineItem;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.events.PurchaseRefunded;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;

/**
 * What an interaction event tells the quality rates, keyed by product id or {@value QualityEvent#SERVICE}: a sale
 * per product of a purchase, a refund per product refunded, a complaint about a product, and a first response to a
 * complaint, in or out of its severity's SLA (judged against the customer's state before the event).
 */
public final class QualityObservations {

  private final ChurnConfig config;

  public QualityObservations(ChurnConfig config) {
    this.config = config;
  }

  public List<KeyValue<String, QualityEvent>> of(CloudEvent event, CustomerState before) {
    List<KeyValue<String, QualityEvent>> out = new ArrayList<>();
    if (event.data() instanceof PurchaseCompleted p) {
      products(p.lineItems(), QualityEvent.Kind.SOLD, event, out);
    } else if (event.data() instanceof PurchaseRefunded r) {
      products(r.lineItems(), QualityEvent.Kind.REFUNDED, event, out);
    } else if (event.data() instanceof ComplaintOpened c && c.productId() != null) {
      out.add(KeyValue.pair(c.productId(), new QualityEvent(QualityEvent.Kind.COMPLAINED, event.time(), event.id())));
    } else if (event.data() instanceof ComplaintResponded r) {
      firstResponse(before, r.complaintId()).ifPresent(c -> {
        boolean late = event.time().isAfter(c.openedAt().plus(config.complaints().responseSla().get(c.severity())));
        out.add(KeyValue.pair(QualityEvent.SERVICE, new QualityEvent(late ? QualityEvent.Kind.RESPONDED_LATE
            : QualityEvent.Kind.RESPONDED_IN_SLA, event.time(), event.id())));
      });
    }
    return out;
  }

  private static Optional<Complaint> firstResponse(CustomerState before, String complaintId) {
    return before.openComplaints().stream()
        .filter(c -> c.complaintId().equals(complaintId) && c.respondedAt() == null).findFirst();
  }

  private static void products(List<LineItem> items, QualityEvent.Kind kind, CloudEvent event,
      List<KeyValue<String, QualityEvent>> out) {
    items.stream().map(LineItem::productId).distinct()
        .forEach(p -> out.add(KeyValue.pair(p, new QualityEvent(kind, event.time(), event.id()))));
  }
}
