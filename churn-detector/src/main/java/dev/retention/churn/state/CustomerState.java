package dev.retention.churn.state;

import dev.retention.contracts.events.SurveyMetric;
import dev.retention.contracts.segments.ValueTier;
import java.util.List;
import java.util.Optional;

/**
 * Everything the churn signals read about one customer, folded from their interaction events and their
 * customer-value records ({@link CustomerFold}). Kept per customer id in a RocksDB store as JSON
 * ({@link CustomerStateSerde}); bounded: daily buckets only for the days a window can reach, evidence lists pruned to
 * their windows.
 *
 * @param purchases purchase occasions for BG/NBD's (x, t_x, T), the typical interval and repeat spend
 * @param days daily counts, oldest first, one entry per day that had events
 * @param openComplaints unresolved complaints
 * @param complaintOpenings openings within the repeated-complaints window, oldest first
 * @param surveys the latest NPS and CSAT answers, one per metric
 * @param refunds the most recent refunds and returns, oldest first, at most {@value #MAX_EVIDENCE}
 * @param valueTier the segmentation's value tier, when one was received
 * @param typicalIntervalDays the segmentation's typical interval between purchases, when known
 */
public record CustomerState(
    Purchases purchases,
    List<DayCounts> days,
    List<Complaint> openComplaints,
    List<Evidence> complaintOpenings,
    List<SurveyAnswer> surveys,
    List<Evidence> refunds,
    ValueTier valueTier,
    Integer typicalIntervalDays) {

  public static final int MAX_EVIDENCE = 20;
  public static final CustomerState EMPTY =
      new CustomerState(Purchases.NONE, List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

  public CustomerState {
    purchases = purchases == null ? Purchases.NONE : purchases;
    days = days == null ? List.of() : List.copyOf(days);
    openComplaints = openComplaints == null ? List.of() : List.copyOf(openComplaints);
    complaintOpenings = complaintOpenings == null ? List.of() : List.copyOf(complaintOpenings);
    surveys = surveys == null ? List.of() : List.copyOf(surveys);
    refunds = refunds == null ? List.of() : List.copyOf(refunds);
  }

  public Optional<SurveyAnswer> survey(SurveyMetric metric) {
    return surveys.stream().filter(s -> s.metric() == metric).findFirst();
  }
}
