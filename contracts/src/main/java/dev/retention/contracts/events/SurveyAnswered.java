package dev.retention.contracts.events;

/**
 * A customer answered a survey question: NPS 0-10, CSAT 1-5 or CES 1-7.
 *
 * @param touchpoint what the survey was about, e.g. "purchase", "support", "onboarding", "relationship"
 * @param comment the customer's free-text comment; it must not repeat personal data
 */
public record SurveyAnswered(String surveyId, SurveyMetric metric, int score, String touchpoint, String comment)
    implements InteractionData {

  public SurveyAnswered {
    Require.identifier(surveyId, "surveyId");
    Require.present(metric, "metric");
    Require.between(score, metric.min(), metric.max(), "score");
    Require.text(touchpoint, "touchpoint");
    Require.optionalText(comment, "comment");
  }
}
