package dev.retention.cases.care;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A care outreach to do for an occasion.
 *
 * @param status PLANNED, REFUSED (the contact policy said no; {@code reason} says why) or DONE
 */
public record CareTask(String taskId, String customerId, String occasion, LocalDate date, String tier,
    String channel, String status, String reason, Instant plannedAt, Instant doneAt) {

  public static String id(String customerId, String occasion, LocalDate date) {
    return customerId + "/" + occasion + "/" + date;
  }
}
