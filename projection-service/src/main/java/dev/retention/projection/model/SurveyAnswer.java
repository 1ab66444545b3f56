package dev.retention.projection.model;

import java.time.Instant;

/** The latest answer to one survey metric (NPS, CSAT, CES). */
public record SurveyAnswer(String metric, int score, Instant at, String touchpoint, String comment, String eventId) {}
