package dev.retention.churn.signal;

import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Instant;
import java.util.Optional;

/**
 * One kind of churn evidence: a pure function of the customer's state and the instant of evaluation. A signal that
 * changes with the passing of time alone (an SLA running out, a window sliding) says when, so that the topology can
 * set a timer for that instant instead of polling.
 */
public interface Signal {

  RiskSignal kind();

  /** The reason, with points, evidence and measures, when the signal holds at {@code in.now()}. */
  Optional<RiskReason> evaluate(SignalInput in);

  /**
   * The earliest instant after {@code in.now()} at which {@link #evaluate} may give another answer if nothing else
   * happens; empty when only an event can change it.
   */
  Optional<Instant> nextChange(SignalInput in);
}
