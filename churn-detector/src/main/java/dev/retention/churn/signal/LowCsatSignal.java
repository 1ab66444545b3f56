package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.SurveyMetric;

/** The latest CSAT answer is at or below the threshold (2 by default). */
public final class LowCsatSignal extends LowSurveyScoreSignal {

  public LowCsatSignal(ChurnConfig config) {
    super(SurveyMetric.CSAT, config.satisfaction().csatMax(), config.satisfaction().validFor(),
        config.scoring().points(RiskSignal.LOW_CSAT));
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.LOW_CSAT;
  }
}
