package dev.retention.churn.state;

import dev.retention.contracts.events.SurveyMetric;
import java.time.Instant;

/**
 * A customer's answer to a survey question.
 *
 * @param previousScore the score of the customer's answer of the same metric before this one; null for the first
 */
public record SurveyAnswer(SurveyMetric metric, int score, Integer previousScore, Instant at, String eventId) {}
