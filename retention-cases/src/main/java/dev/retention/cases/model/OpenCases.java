package dev.retention.cases.model;

import java.util.Optional;

/**
 * The set-based invariant "one open case per customer", which no single case aggregate can see: a small table
 * customer -> open case, written in the same transaction as the case's events, whose primary key on the customer
 * makes a second concurrent open fail.
 */
public interface OpenCases {

  /**
   * Marks {@code caseId} as the customer's open case.
   *
   * @throws CaseRuleViolation case-already-open when another case of the customer is open
   */
  void reserve(String customerId, String caseId);

  /** The customer has no open case any more (if {@code caseId} was it). */
  void release(String customerId, String caseId);

  Optional<String> openCaseOf(String customerId);
}
