package dev.retention.contracts.churn;

import dev.retention.contracts.events.Require;
import java.time.Instant;
import java.util.List;

/**
 * Why a customer is at risk: one signal, what it adds to the score, a sentence for people and the evidence for
 * machines.
 *
 * @param signal the kind of evidence
 * @param points what this reason adds to the risk score, 1-100 (the score is capped at 100)
 * @param explanation one sentence for an account manager, e.g. "No purchase for 120 days, 3.0x the usual 40 days"
 * @param since event time from which the signal holds (e.g. when the SLA was breached, when the survey was answered)
 * @param eventIds ids of the interaction events that are the evidence (e.g. the complaint, the survey answer, the
 *     last purchase), at most {@value #MAX_EVENT_IDS}; empty when the evidence is an absence
 * @param measures the numbers behind the reason, with their thresholds
 */
public record RiskReason(
    RiskSignal signal, int points, String explanation, Instant since, List<String> eventIds, List<Measure> measures) {

  public static final int MAX_EVENT_IDS = 20;

  public RiskReason {
    Require.present(signal, "signal");
    Require.between(points, 1, 100, "points");
    Require.text(explanation, "explanation");
    Require.present(since, "since");
    eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    if (eventIds.size() > MAX_EVENT_IDS) {
      throw new IllegalArgumentException("eventIds must have at most " + MAX_EVENT_IDS + " entries");
    }
    for (String id : eventIds) {
      Require.text(id, "eventIds");
    }
    measures = measures == null ? List.of() : List.copyOf(measures);
  }
}
