package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.state.Complaint;
import dev.retention.contracts.churn.RiskSignal;
import java.util.function.Predicate;

/** A complaint was not resolved within its severity's resolution SLA. */
public final class ComplaintResolutionOverdueSignal extends ComplaintSlaSignal {

  public ComplaintResolutionOverdueSignal(ChurnConfig config) {
    super(config.complaints().resolutionSla(), config.scoring().points(RiskSignal.COMPLAINT_RESOLUTION_OVERDUE),
        "a resolution");
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.COMPLAINT_RESOLUTION_OVERDUE;
  }

  @Override
  Predicate<Complaint> waiting() {
    return c -> true;
  }
}
