package dev.retention.cases.model;

/** Why a case went to the owner's manager. */
public enum EscalationReason {
  FIRST_CONTACT_MISSED, FOLLOW_UP_MISSED, MANUAL
}
