package dev.retention.churn.state;

import java.time.Instant;

/** An event that is evidence: when it happened and its id. */
public record Evidence(Instant at, String eventId) {}
