package dev.retention.projection.model;

import java.time.Instant;

/**
 * One interaction in a customer's timeline.
 *
 * @param eventId the CloudEvent id
 * @param type the CloudEvent type, e.g. {@code retention.purchase.completed.v1}
 * @param time event time
 * @param summary one line for people, e.g. "Purchase o-17: 120.00 EUR (ORDER)"
 */
public record TimelineEntry(String eventId, String type, Instant time, String summary) {}
