package dev.retention.projection.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.CustomerValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one customer, the value of the 360 store: the folded profile and consents, the
 * segmentation's value record (RFM, tier, frequency class, lifecycle), the churn risk with its reasons and evidence,
 * the open warning, open complaints, the last answer per survey metric, the last interactions, and the months with a
 * purchase (for cohort retention). Any part may be absent until its topic has said something about the customer.
 *
 * @param purchaseMonths distinct UTC months ({@code 2026-07}) with a completed purchase, ascending
 * @param updatedAt event time of the newest input applied
 */
public record Customer360(
    String customerId,
    CustomerProfile profile,
    CustomerValue value,
    ChurnRisk risk,
    OpenWarning openWarning,
    List<OpenComplaint> openComplaints,
    List<SurveyAnswer> lastSurveys,
    List<TimelineEntry> timeline,
    List<String> purchaseMonths,
    Instant updatedAt) {

  public Customer360 {
    Objects.requireNonNull(customerId, "customerId");
    openComplaints = openComplaints == null ? List.of() : List.copyOf(openComplaints);
    lastSurveys = lastSurveys == null ? List.of() : List.copyOf(lastSurveys);
    timeline = timeline == null ? List.of() : List.copyOf(timeline);
    purchaseMonths = purchaseMonths == null ? List.of() : List.copyOf(purchaseMonths);
  }

  public static Customer360 empty(String customerId) {
    return new Customer360(customerId, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null);
  }

  public Customer360 withProfile(CustomerProfile p) {
    return new Customer360(customerId, p, value, risk, openWarning, openComplaints, lastSurveys, timeline,
        purchaseMonths, updatedAt);
  }

  public Customer360 withValue(CustomerValue v) {
    return new Customer360(customerId, profile, v, risk, openWarning, openComplaints, lastSurveys, timeline,
        purchaseMonths, updatedAt);
  }

  public Customer360 withRisk(ChurnRisk r) {
    return new Customer360(customerId, profile, value, r, openWarning, openComplaints, lastSurveys, timeline,
        purchaseMonths, updatedAt);
  }

  public Customer360 withOpenWarning(OpenWarning w) {
    return new Customer360(customerId, profile, value, risk, w, openComplaints, lastSurveys, timeline,
        purchaseMonths, updatedAt);
  }

  public Customer360 withOpenComplaints(List<OpenComplaint> c) {
    return new Customer360(customerId, profile, value, risk, openWarning, c, lastSurveys, timeline,
        purchaseMonths, updatedAt);
  }

  public Customer360 withLastSurveys(List<SurveyAnswer> s) {
    return new Customer360(customerId, profile, value, risk, openWarning, openComplaints, s, timeline,
        purchaseMonths, updatedAt);
  }

  public Customer360 withTimeline(List<TimelineEntry> t) {
    return new Customer360(customerId, profile, value, risk, openWarning, openComplaints, lastSurveys, t,
        purchaseMonths, updatedAt);
  }

  public Customer360 withPurchaseMonths(List<String> m) {
    return new Customer360(customerId, profile, value, risk, openWarning, openComplaints, lastSurveys, timeline,
        m, updatedAt);
  }

  /** The same with {@code updatedAt} moved to {@code at} if that is newer. */
  public Customer360 touchedAt(Instant at) {
    Instant newest = updatedAt == null || (at != null && at.isAfter(updatedAt)) ? at : updatedAt;
    return new Customer360(customerId, profile, value, risk, openWarning, openComplaints, lastSurveys, timeline,
        purchaseMonths, newest);
  }

  /** Whether nothing is known: such an entry is deleted rather than stored. */
  @JsonIgnore
  public boolean isEmpty() {
    return profile == null && value == null && risk == null && openWarning == null && openComplaints.isEmpty()
        && lastSurveys.isEmpty() && timeline.isEmpty() && purchaseMonths.isEmpty();
  }

  public String tierName() {
    return value == null ? "UNKNOWN" : value.valueTier().name();
  }

  public String stageName() {
    return value == null ? "UNKNOWN" : value.lifecycleStage().name();
  }

  public String riskName() {
    return risk == null ? "NONE" : risk.level().name();
  }

  /** The row segment lists show. */
  public SegmentRow row() {
    String topCategory = value == null || value.topCategories().isEmpty() ? null : value.topCategories().get(0).id();
    return new SegmentRow(customerId, tierName(), riskName(), risk == null ? 0 : risk.score(), stageName(),
        value == null ? null : value.spendLast12Months(), value == null ? null : value.lastPurchaseAt(),
        openWarning == null ? null : openWarning.warningId(), topCategory);
  }
}
