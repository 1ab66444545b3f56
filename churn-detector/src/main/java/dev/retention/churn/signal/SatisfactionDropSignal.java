package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.SurveyAnswer;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An NPS or CSAT answer at least the configured points below the customer's previous answer of the same metric; the
 * biggest such drop counts, while the answer is valid.
 */
public final class SatisfactionDropSignal implements Signal {

  private final int drop;
  private final Duration validFor;
  private final int points;

  public SatisfactionDropSignal(ChurnConfig config) {
    this.drop = config.satisfaction().dropPoints();
    this.validFor = config.satisfaction().validFor();
    this.points = config.scoring().points(kind());
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.SATISFACTION_DROP;
  }

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    return drops(in).max(Comparator.comparingInt(SatisfactionDropSignal::fall)).map(a -> new RiskReason(kind(),
        points, String.format("%s fell from %d to %d", a.metric(), a.previousScore(), a.score()), a.at(),
        List.of(a.eventId()), List.of(Measure.of(a.metric().name().toLowerCase() + "Drop", fall(a), drop,
            "points"), Measure.context("previousScore", a.previousScore(), "score"),
            Measure.context("score", a.score(), "score"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    return drops(in).map(a -> a.at().plus(validFor)).min(Comparator.naturalOrder());
  }

  private java.util.stream.Stream<SurveyAnswer> drops(SignalInput in) {
    return in.state().surveys().stream()
        .filter(a -> a.previousScore() != null && fall(a) >= drop)
        .filter(a -> !a.at().isAfter(in.now()) && in.now().isBefore(a.at().plus(validFor)));
  }

  private static int fall(SurveyAnswer a) {
    return a.previousScore() - a.score();
  }
}
