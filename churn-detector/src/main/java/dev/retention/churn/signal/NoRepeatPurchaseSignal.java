package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.Purchases;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A one-time buyer who has not come back within the configured time. BG/NBD gives such a customer P(alive) = 1, so
 * without this signal one-time buyers would never rank as at risk however long they have been gone.
 */
public final class NoRepeatPurchaseSignal implements Signal {

  private final Duration after;
  private final int points;
  private final boolean graded;

  public NoRepeatPurchaseSignal(ChurnConfig config) {
    this.after = config.overdue().noRepeatAfter();
    this.points = config.scoring().points(kind());
    this.graded = config.scoring().graded();
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.NO_REPEAT_PURCHASE;
  }

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    Purchases p = in.state().purchases();
    if (p.occasions() != 1 || in.now().isBefore(p.firstAt().plus(after))) {
      return Optional.empty();
    }
    double days = Duration.between(p.firstAt(), in.now()).toSeconds() / 86_400d;
    Instant start = p.firstAt().plus(after);
    int earned = graded ? Grade.ramp(points, start, span(), in.now()) : points;
    return Optional.of(new RiskReason(kind(), earned,
        String.format("Bought once, %.0f days ago, and not again", days), p.firstAt().plus(after),
        List.of(p.lastEventId()), List.of(Measure.of("daysSinceFirstPurchase", days, after.toDays(), "days"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    Purchases p = in.state().purchases();
    if (p.occasions() != 1) {
      return Optional.empty();
    }
    Instant start = p.firstAt().plus(after);
    if (start.isAfter(in.now())) {
      return Optional.of(start);
    }
    return graded ? Grade.nextRampStep(start, span(), in.now()) : Optional.empty();
  }

  /** Full points at three times the wait: twice the wait after the signal starts. */
  private Duration span() {
    return after.multipliedBy(2);
  }
}
