package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The purchase model's probability that a repeat customer is still active fell below the threshold. The scorer finds
 * the instant at which it does ({@link ModelScores#lowPAliveFrom()}), so a timer fires it exactly then. Customers
 * without a repeat purchase are left to {@link NoRepeatPurchaseSignal}. Graded: its points times 1 - P(alive), in
 * tenths, each tenth fired by a timer at the instant P(alive) crosses it.
 */
public final class LowPAliveSignal implements Signal {

  private final double threshold;
  private final int points;
  private final boolean graded;

  public LowPAliveSignal(ChurnConfig config) {
    this.threshold = config.overdue().pAliveThreshold();
    this.points = config.scoring().points(kind());
    this.graded = config.scoring().graded();
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.LOW_P_ALIVE;
  }

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    if (in.scores().isEmpty() || in.state().purchases().repeats() == 0) {
      return Optional.empty();
    }
    ModelScores s = in.scores().get();
    if (s.lowPAliveFrom() == null || in.now().isBefore(s.lowPAliveFrom())) {
      return Optional.empty();
    }
    int earned = graded ? Grade.scaled(points, ModelScores.tenthsBelowOne(s.pAlive()) / 10d) : points;
    return Optional.of(new RiskReason(kind(), earned,
        String.format("Probability of still being an active customer is %.0f%%, below %.0f%% (%s)",
            100 * s.pAlive(), 100 * threshold, s.modelVersion()),
        s.lowPAliveFrom(), List.of(in.state().purchases().lastEventId()),
        List.of(Measure.of("pAlive", s.pAlive(), threshold, "probability"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    if (in.scores().isEmpty()) {
      return Optional.empty();
    }
    ModelScores s = in.scores().get();
    if (s.lowPAliveFrom() != null && s.lowPAliveFrom().isAfter(in.now())) {
      return Optional.of(s.lowPAliveFrom());
    }
    return graded ? Optional.ofNullable(s.nextTenthAt()).filter(t -> t.isAfter(in.now())) : Optional.empty();
  }
}
