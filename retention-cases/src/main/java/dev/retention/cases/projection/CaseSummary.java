package dev.retention.cases.projection;

import java.time.Instant;

/** One case as listed: its state, owner and what is due next. */
public record CaseSummary(String caseId, String customerId, String warningId, String playbook, String valueTier,
    String ownerRole, String owner, String manager, String status, Instant openedAt, Instant firstContactDue,
    Instant firstContactAt, Instant nextDue, int escalations, String outcome, Instant closedAt) {}
