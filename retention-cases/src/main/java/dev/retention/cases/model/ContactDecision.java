package dev.retention.cases.model;

import java.util.Objects;

/** The contact policy's answer to "may we contact this customer now, this way, for this purpose?". */
public record ContactDecision(boolean allowed, Reason reason, String detail) {

  public enum Reason {
    ALLOWED, DO_NOT_CONTACT, CONSENT_WITHDRAWN, FREQUENCY_CAP
  }

  public ContactDecision {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  public static ContactDecision allow() {
    return new ContactDecision(true, Reason.ALLOWED, "allowed");
  }

  public static ContactDecision refuse(Reason reason, String detail) {
    return new ContactDecision(false, reason, detail);
  }
}
