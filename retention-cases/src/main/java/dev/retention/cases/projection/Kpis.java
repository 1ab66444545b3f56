package dev.retention.cases.projection;

import java.util.List;

/**
 * The retention KPIs.
 *
 * @param owners open and overdue cases per owner ({@code unassigned:<role>} while nobody owns a case)
 * @param saveRates RETAINED / closed per playbook and tier
 * @param firstContact time from opening to first contact per playbook
 */
public record Kpis(List<OwnerLoad> owners, List<SaveRate> saveRates, List<FirstContact> firstContact) {

  public record OwnerLoad(String owner, long open, long overdue) {}

  /** @param saveRate retained / closed, or null while none closed */
  public record SaveRate(String playbook, String valueTier, long closed, long retained, Double saveRate) {}

  public record FirstContact(String playbook, long contacted, double averageSeconds, long maxSeconds) {}
}
