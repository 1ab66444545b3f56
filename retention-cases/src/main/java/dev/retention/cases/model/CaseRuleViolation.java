package dev.retention.cases.model;

/**
 * A command broke an invariant of retention cases (HTTP 409). {@link #code()} is a stable machine-readable name.
 */
public class CaseRuleViolation extends RuntimeException {

  private final String code;

  public CaseRuleViolation(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Another case of the customer is open. */
  public static CaseRuleViolation alreadyOpen(String customerId, String openCaseId) {
    return new CaseRuleViolation("case-already-open",
        "customer " + customerId + " already has an open case: " + openCaseId);
  }

  public static CaseRuleViolation closed(String caseId) {
    return new CaseRuleViolation("case-closed", "case " + caseId + " is closed; no further actions are accepted");
  }

  public static CaseRuleViolation outcomeRecorded(String caseId, Outcome outcome) {
    return new CaseRuleViolation("outcome-already-recorded",
        "case " + caseId + " already has its outcome " + outcome + "; an outcome is recorded only once");
  }

  /** The contact policy refused an outreach; {@code reason} says which rule. */
  public static CaseRuleViolation contactRefused(ContactDecision refusal) {
    return new CaseRuleViolation("contact-refused", refusal.reason().name() + ": " + refusal.detail());
  }
}
