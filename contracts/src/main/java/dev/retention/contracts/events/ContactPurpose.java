package dev.retention.contracts.events;

/** Why a contact happened; also the purpose of a consent. */
public enum ContactPurpose {
  CARE, GREETING, PROMOTION, FOLLOW_UP, SERVICE
}
