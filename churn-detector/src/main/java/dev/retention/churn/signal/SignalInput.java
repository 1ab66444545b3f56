package dev.retention.churn.signal;

import dev.retention.churn.state.CustomerState;
import java.time.Instant;
import java.util.Optional;

/**
 * What a signal is evaluated on: the customer's state, the instant of evaluation (event time, never the wall clock)
 * and, when a purchase model is fitted, its scores of the customer.
 */
public record SignalInput(CustomerState state, Instant now, Optional<ModelScores> scores) {

  public static SignalInput of(CustomerState state, Instant now) {
    return new SignalInput(state, now, Optional.empty());
  }
}
