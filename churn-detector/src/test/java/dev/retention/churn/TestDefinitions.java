package dev.retention.churn;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Settings;
import java.util.Map;

/**
 * Definitions whose points do not depend on time, so a test of one mechanism (a signal, the warning lifecycle) can
 * state its scores plainly: every signal adds its full points, correlated ones too.
 */
public final class TestDefinitions {

  /** Fixed points: drop 30, overdue 40, P(alive) 40 below 0.3, no repeat 30, the rest as the defaults. */
  public static final ChurnConfig FIXED = of(Map.of(
      "churn.score.graded", "false",
      "churn.score.correlated-share", "1",
      "churn.p-alive.threshold", "0.3",
      "churn.score.points", "ACTIVITY_DROP=30,PURCHASE_OVERDUE=40,LOW_P_ALIVE=40,NO_REPEAT_PURCHASE=30,"
          + "COMPLAINT_RESPONSE_OVERDUE=20,COMPLAINT_RESOLUTION_OVERDUE=25,COMPLAINT_REOPENED=20,"
          + "REPEATED_COMPLAINTS=25,NPS_DETRACTOR=20,LOW_CSAT=20,SATISFACTION_DROP=15,REFUND_SPIKE=25"));

  private TestDefinitions() {}

  /** The defaults with these settings changed. */
  public static ChurnConfig of(Map<String, String> overrides) {
    return ChurnConfig.from(Settings.of(ConfigSource.overrides(overrides)).resolve(ChurnConfig.settings()));
  }
}
