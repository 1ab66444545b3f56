package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.Complaint;
import dev.retention.contracts.churn.RiskSignal;
import java.util.function.Predicate;

/** A complaint had no first response within its severity's response SLA. */
public final class ComplaintResponseOverdueSignal extends ComplaintSlaSignal {

  public ComplaintResponseOverdueSignal(ChurnConfig config) {
    super(config.complaints().responseSla(), config.scoring().points(RiskSignal.COMPLAINT_RESPONSE_OVERDUE),
        "a first response");
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.COMPLAINT_RESPONSE_OVERDUE;
  }

  @Override
  Predicate<Complaint> waiting() {
    return c -> c.respondedAt() == null;
  }
}
