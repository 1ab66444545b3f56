package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.Evidence;
import dev.retention.contracts.churn.Measure;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Several complaints opened within the window. Holds from the opening that reached the count until the oldest
 * opening needed for the count leaves the window.
 */
public final class RepeatedComplaintsSignal implements Signal {

  private final int count;
  private final Duration window;
  private final int points;

  public RepeatedComplaintsSignal(ChurnConfig config) {
    this.count = config.complaints().repeatCount();
    this.window = config.complaints().repeatWindow();
    this.points = config.scoring().points(kind());
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.REPEATED_COMPLAINTS;
  }

  @Override
  public Optional<RiskReason> evaluate(SignalInput in) {
    List<Evidence> within = within(in);
    if (within.size() < count) {
      return Optional.empty();
    }
    return Optional.of(new RiskReason(kind(), points,
        String.format("%d complaints in the last %d days", within.size(), window.toDays()),
        within.get(count - 1).at(),
        within.stream().skip(Math.max(0, within.size() - RiskReason.MAX_EVENT_IDS)).map(Evidence::eventId).toList(),
        List.of(Measure.of("complaintsInWindow", within.size(), count, "complaints"))));
  }

  @Override
  public Optional<Instant> nextChange(SignalInput in) {
    List<Evidence> within = within(in);
    if (within.size() < count) {
      return Optional.empty();
    }
    // the count falls below the threshold when the opening count-th from the newest leaves the window
    return Optional.of(within.get(within.size() - count).at().plus(window));
  }

  private List<Evidence> within(SignalInput in) {
    Instant from = in.now().minus(window);
    return in.state().complaintOpenings().stream()
        .filter(e -> e.at().isAfter(from) && !e.at().isAfter(in.now())).toList();
  }
}
