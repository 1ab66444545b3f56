package dev.retention.contracts.segments;

import dev.retention.contracts.events.Require;
import dev.retention.contracts.events.SurveyMetric;
import java.time.Instant;

/**
 * The customer's latest survey answer per metric, with when it was given (event time). A metric the customer never
 * answered is absent, score and time together.
 *
 * @param nps latest Net Promoter Score answer, 0-10
 * @param npsAt when it was given
 * @param csat latest customer satisfaction answer, 1-5
 * @param csatAt when it was given
 * @param ces latest customer effort score answer, 1-7
 * @param cesAt when it was given
 */
public record SurveyScores(Integer nps, Instant npsAt, Integer csat, Instant csatAt, Integer ces, Instant cesAt) {

  /** No answers yet. */
  public static final SurveyScores NONE = new SurveyScores(null, null, null, null, null, null);

  public SurveyScores {
    check(SurveyMetric.NPS, nps, npsAt, "nps");
    check(SurveyMetric.CSAT, csat, csatAt, "csat");
    check(SurveyMetric.CES, ces, cesAt, "ces");
  }

  private static void check(SurveyMetric metric, Integer score, Instant at, String field) {
    if ((score == null) != (at == null)) {
      throw new IllegalArgumentException(field + " and " + field + "At must be present together");
    }
    if (score != null) {
      Require.between(score, metric.min(), metric.max(), field);
    }
  }
}
