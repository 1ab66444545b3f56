package dev.retention.segmentation.state;

import dev.retention.contracts.events.SurveyMetric;
import java.time.Instant;

/**
 * The latest answer of each survey metric, by event time: an older answer arriving late does not replace a newer
 * one; of two answers at the same instant, the one applied later wins.
 *
 * @param nps latest NPS answer (0-10); null if none
 * @param csat latest CSAT answer (1-5); null if none
 * @param ces latest CES answer (1-7); null if none
 */
public record SurveyScores(SurveyScore nps, SurveyScore csat, SurveyScore ces) {

  private static final SurveyScores NONE = new SurveyScores(null, null, null);

  public static SurveyScores none() {
    return NONE;
  }

  public SurveyScores with(SurveyMetric metric, int score, Instant at) {
    SurveyScore answer = new SurveyScore(score, at);
    if (metric == SurveyMetric.NPS) {
      return newer(nps, answer) ? new SurveyScores(answer, csat, ces) : this;
    }
    if (metric == SurveyMetric.CSAT) {
      return newer(csat, answer) ? new SurveyScores(nps, answer, ces) : this;
    }
    return newer(ces, answer) ? new SurveyScores(nps, csat, answer) : this;
  }

  /** The latest answer of {@code metric}, or null. */
  public SurveyScore latest(SurveyMetric metric) {
    if (metric == SurveyMetric.NPS) {
      return nps;
    }
    return metric == SurveyMetric.CSAT ? csat : ces;
  }

  private static boolean newer(SurveyScore current, SurveyScore answer) {
    return current == null || !answer.at().isBefore(current.at());
  }
}
