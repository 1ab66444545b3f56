package dev.retention.segmentation.state;

import java.time.Instant;
import java.util.Objects;

/** A survey answer: its score and when it was given. */
public record SurveyScore(int score, Instant at) {

  public SurveyScore {
    Objects.requireNonNull(at, "at");
  }
}
