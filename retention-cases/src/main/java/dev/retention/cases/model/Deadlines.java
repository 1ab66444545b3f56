package dev.retention.cases.model;

import java.time.Instant;

/** Names and payloads of the case's deadlines (persisted by the deadline manager, so plain records). */
public final class Deadlines {

  public static final String FIRST_CONTACT = "first-contact";
  public static final String FOLLOW_UP = "follow-up";
  public static final String OUTCOME_WINDOW = "outcome-window";

  private Deadlines() {}

  public record FirstContactDue(Instant dueAt) {}

  public record FollowUpDue(String followUpId, Instant dueAt) {}

  public record OutcomeWindowEnds(Instant endsAt) {}
}
