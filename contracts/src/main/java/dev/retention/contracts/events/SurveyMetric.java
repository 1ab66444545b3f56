package dev.retention.contracts.events;

/** What a survey answer measures, with its valid score range. */
public enum SurveyMetric {
  /** Net Promoter Score question, 0 (not at all likely) to 10 (extremely likely). */
  NPS(0, 10),
  /** Customer satisfaction, 1 (very unsatisfied) to 5 (very satisfied). */
  CSAT(1, 5),
  /** Customer effort score, 1 (very easy) to 7 (very difficult). */
  CES(1, 7);

  private final int min;
  private final int max;

  SurveyMetric(int min, int max) {
    this.min = min;
    this.max = max;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }
}
