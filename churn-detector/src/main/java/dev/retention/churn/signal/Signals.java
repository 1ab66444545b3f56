package dev.retention.churn.signal;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.churn.RiskReason;
import java.time.Instant;
import java.util.ArrayList;
import dev.retention.contracts.churn.RiskSignal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/** Every per-customer signal of the definitions, evaluated together. */
public final class Signals {

  /** One piece of evidence, a customer's silence, seen four ways; counted once (see churn.score.correlated-share). */
  static final Set<RiskSignal> ABSENCE = EnumSet.of(RiskSignal.ACTIVITY_DROP, RiskSignal.PURCHASE_OVERDUE,
      RiskSignal.LOW_P_ALIVE, RiskSignal.NO_REPEAT_PURCHASE);

  private final List<Signal> all;
  private final double correlatedShare;

  public Signals(ChurnConfig config) {
    this.correlatedShare = config.scoring().correlatedShare();
    this.all = List.of(new ActivityDropSignal(config), new PurchaseOverdueSignal(config), new LowPAliveSignal(config),
        new NoRepeatPurchaseSignal(config), new ComplaintResponseOverdueSignal(config),
        new ComplaintResolutionOverdueSignal(config), new ComplaintReopenedSignal(config),
        new RepeatedComplaintsSignal(config), new NpsDetractorSignal(config), new LowCsatSignal(config),
        new SatisfactionDropSignal(config), new RefundSpikeSignal(config));
  }

  public List<Signal> all() {
    return all;
  }

  /**
   * The reasons that hold, most points first (ties in signal order, so the order is deterministic). Of the
   * purchase-absence reasons only the strongest adds all its points; each other adds the correlated share.
   */
  public List<RiskReason> reasons(SignalInput in) {
    List<RiskReason> reasons = new ArrayList<>();
    for (Signal s : all) {
      s.evaluate(in).ifPresent(reasons::add);
    }
    reasons.sort(ORDER);
    boolean strongestSeen = false;
    for (int i = 0; i < reasons.size(); i++) {
      RiskReason r = reasons.get(i);
      if (ABSENCE.contains(r.signal())) {
        if (strongestSeen) {
          int share = Math.max(1, (int) Math.round(r.points() * correlatedShare));
          reasons.set(i, new RiskReason(r.signal(), share, r.explanation(), r.since(), r.eventIds(), r.measures()));
        }
        strongestSeen = true;
      }
    }
    reasons.sort(ORDER);
    return reasons;
  }

  private static final Comparator<RiskReason> ORDER = Comparator.comparingInt(RiskReason::points).reversed()
      .thenComparing(r -> r.signal().ordinal());

  /** The earliest instant after {@code in.now()} at which any signal may change with no event. */
  public Optional<Instant> nextChange(SignalInput in) {
    return all.stream().map(s -> s.nextChange(in)).flatMap(Optional::stream).filter(t -> t.isAfter(in.now()))
        .min(Comparator.naturalOrder());
  }
}
