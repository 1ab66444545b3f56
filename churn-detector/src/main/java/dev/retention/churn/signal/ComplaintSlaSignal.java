package dev.retention.churn.signal;

import dev.retention.churn.state.Complaint;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An SLA clock per open complaint, started at its (latest) opening, with a limit per severity: the shared part of
 * the first-response and the resolution signals. Holds from the first breach while a breached complaint is still
 * waiting; the evidence are the breached complaints' opening events.
 */
abstract class ComplaintSlaSignal implements Signal {

  private final Map<Severity, Duration> sla;
  private final int points;
  private final String waitingFor;

  ComplaintSlaSignal(Map<Severity, Duration> sla, int points, String waitingFor) {
    this.sla = sla;
    this.points = points;
    this.waitingFor = waitingFor;
  }

  /** The complaints whose clock is still running. */
  abstract Predicate<Complaint> waiting();

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    List<Complaint> breached = in.state().openComplaints().stream().filter(waiting())
        .filter(c -> !in.now().isBefore(due(c)))
        .sorted(Comparator.comparing(this::due)).toList();
    if (breached.isEmpty()) {
      return Optional.empty();
    }
    Complaint first = breached.get(0);
    double hours = Duration.between(first.openedAt(), in.now()).toSeconds() / 3600d;
    return Optional.of(new RiskReason(kind(), points,
        String.format("%d complaint(s) without %s within the SLA; the oldest (%s, %s) waits for %.1f hours",
            breached.size(), waitingFor, first.complaintId(), first.severity(), hours),
        due(first),
        breached.stream().limit(RiskReason.MAX_EVENT_IDS).map(Complaint::openEventId).toList(),
        List.of(Measure.of("hoursWaiting", hours, sla.get(first.severity()).toSeconds() / 3600d, "hours"),
            Measure.context("breachedComplaints", breached.size(), "complaints"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    return in.state().openComplaints().stream().filter(waiting()).map(this::due).filter(d -> d.isAfter(in.now()))
        .min(Comparator.naturalOrder());
  }

  private Instant due(Complaint c) {
    return c.openedAt().plus(sla.get(c.severity()));
  }
}
