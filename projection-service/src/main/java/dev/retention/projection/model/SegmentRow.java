package dev.retention.projection.model;

import dev.retention.contracts.events.Money;
import java.time.Instant;

/**
 * A customer as a segment list shows it: the value of the index stores, so a page is read from the index alone.
 * Holds no personal data (names live only in the 360).
 *
 * @param tier value tier, or {@code UNKNOWN} before the first customer value
 * @param risk risk level, or {@code NONE} before the first churn risk
 * @param riskScore 0-100; 0 without a risk record
 * @param stage lifecycle stage, or {@code UNKNOWN}
 * @param spendLast12Months absent before the first customer value
 * @param openWarningId the open warning, if any
 * @param topCategory the category the customer spends most on, if any
 */
public record SegmentRow(
    String customerId, String tier, String risk, int riskScore, String stage, Money spendLast12Months,
    Instant lastPurchaseAt, String openWarningId, String topCategory) {}
