package dev.retention.churn.risk;

import dev.retention.contracts.churn.RiskLevel;

/**
 * The customer's open warning.
 *
 * @param warningId its id, the same on every record of the warning
 * @param level the level it was last raised or escalated to, or fell back to while open
 * @param escalations how many escalations it had; numbers the escalated records' event ids
 */
public record OpenWarning(String warningId, RiskLevel level, int escalations) {}
