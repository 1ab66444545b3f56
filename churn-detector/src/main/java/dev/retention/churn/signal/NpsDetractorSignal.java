package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.SurveyMetric;

/** The latest NPS answer is a detractor's (0-6 by default). */
public final class NpsDetractorSignal extends LowSurveyScoreSignal {

  public NpsDetractorSignal(ChurnConfig config) {
    super(SurveyMetric.NPS, config.satisfaction().npsDetractorMax(), config.satisfaction().validFor(),
        config.scoring().points(RiskSignal.NPS_DETRACTOR));
  }

  @Override
  public RiskSignal kind() {
    return RiskSignal.NPS_DETRACTOR;
  }
}
