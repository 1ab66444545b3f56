package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.Complaint;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A resolved complaint was opened again, and is not resolved yet. */
public final class ComplaintReopenedSignal implements Signal {

  private final int points;

  public ComplaintReopenedSignal(ChurnConfig config) {
    this.points = config.scoring().points(kind());
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.COMPLAINT_REOPENED;
  }

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    List<Complaint> reopened = in.state().openComplaints().stream().filter(Complaint::reopened)
        .sorted(Comparator.comparing(Complaint::openedAt)).toList();
    if (reopened.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RiskReason(kind(), points,
        "Complaint " + reopened.get(0).complaintId() + " was re-opened and is not resolved",
        reopened.get(0).openedAt(),
        reopened.stream().limit(RiskReason.MAX_EVENT_IDS).map(Complaint::openEventId).toList(),
        List.of(Measure.context("reopenedComplaints", reopened.size(), "complaints"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    return Optional.empty();
  }
}
