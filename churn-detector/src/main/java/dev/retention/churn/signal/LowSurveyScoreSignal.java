package dev.retention.churn.signal;

import dev.retention.churn.state.SurveyAnswer;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.SurveyMetric;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The customer's latest answer of one survey metric is at or below a threshold; evidence for as long as the answer is
 * valid, or until a newer answer of the metric replaces it.
 */
abstract class LowSurveyScoreSignal implements Signal {

  private final SurveyMetric metric;
  private final int max;
  private final Duration validFor;
  private final int points;

  LowSurveyScoreSignal(SurveyMetric metric, int max, Duration validFor, int points) {
    this.metric = metric;
    this.max = max;
    this.validFor = validFor;
    this.points = points;
  }

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    return answer(in).map(a -> new RiskReason(kind(), points,
        String.format("Answered %s %d (at most %d counts) on %s", metric, a.score(), max, a.at()),
        a.at(), List.of(a.eventId()), List.of(Measure.of(metric.name().toLowerCase() + "Score", a.score(), max,
            "score"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    return answer(in).map(a -> a.at().plus(validFor));
  }

  private Optional<SurveyAnswer> answer(SignalInput in) {
    return in.state().survey(metric)
        .filter(a -> a.score() <= max)
        .filter(a -> !a.at().isAfter(in.now()) && in.now().isBefore(a.at().plus(validFor)));
  }

  @Override
  public abstract RiskSignal kind();
}
