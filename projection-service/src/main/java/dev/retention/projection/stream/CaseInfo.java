package dev.retention.projection.stream;

import java.time.Instant;

/** What the projection remembers of an open retention case, to attribute its outcome to a tier and playbook. */
public record CaseInfo(String caseId, String customerId, String tier, String playbook, Instant openedAt) {}
