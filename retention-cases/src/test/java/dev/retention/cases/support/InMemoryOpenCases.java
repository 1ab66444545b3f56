package dev.retention.cases.support;

import dev.retention.cases.model.CaseRuleViolation;
import dev.retention.cases.model.OpenCases;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The open-case table in memory, for aggregate fixtures. */
public final class InMemoryOpenCases implements OpenCases {

  private final Map<String, String> byCustomer = new HashMap<>();

  @Override
  public void reserve(String customerId, String caseId) {
    String holder = byCustomer.putIfAbsent(customerId, caseId);
    if (holder != null && !holder.equals(caseId)) {
      throw CaseRuleViolation.alreadyOpen(customerId, holder);
    }
  }

  @Override
  public void release(String customerId, String caseId) {
    byCustomer.remove(customerId, caseId);
  }

  @Override
  public Optional<String> openCaseOf(String customerId) {
    return Optional.ofNullable(byCustomer.get(customerId));
  }
}
