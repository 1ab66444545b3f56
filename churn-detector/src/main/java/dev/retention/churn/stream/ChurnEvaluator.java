package dev.retention.churn.stream;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.churn.risk.LevelPolicy;
import dev.retention.churn.risk.RiskAssessment;
import dev.retention.churn.risk.WarningLifecycle;
import dev.retention.churn.scoring.Scored;
import dev.retention.churn.scoring.Scorer;
import dev.retention.churn.signal.SignalInput;
import dev.retention.churn.signal.Signals;
import dev.retention.churn.state.CustomerState;
import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.Prediction;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates one customer at one instant: signals (with the model's scores when a model is fitted), score and level
 * with hysteresis, the warning transition, the risk record if it changed, and the customer's next due time. Pure:
 * the processor forwards what it returns.
 */
final class ChurnEvaluator {

  private final ChurnConfig config;
  private final Signals signals;
  private final LevelPolicy levels;
  private final WarningLifecycle lifecycle;

  ChurnEvaluator(ChurnConfig config) {
    this.config = config;
    this.signals = new Signals(config);
    this.levels = new LevelPolicy(config.scoring());
    this.lifecycle = new WarningLifecycle(config.scoring().warningLevel(), config.definitionsVersion());
  }

  Outcome evaluate(String customerId, CustomerState state, CustomerBook book, Instant at, String causeEventId,
      Optional<Scorer> scorer) {
    Optional<Scored> scored = scorer.flatMap(s -> s.score(state.purchases(), at));
    SignalInput in = new SignalInput(state, at, scored.map(Scored::scores));
    List<RiskReason> reasons = signals.reasons(in);
    RiskAssessment risk = RiskAssessment.of(reasons, levels, book.level());
    WarningLifecycle.Transition transition = lifecycle.next(customerId, book.openWarning(), book.warningsRaised(),
        risk, book.signals(), at, causeEventId, state.valueTier());
    Prediction prediction = scored.map(Scored::prediction).orElse(null);
    String openId = transition.open() == null ? null : transition.open().warningId();
    ChurnRisk record = new ChurnRisk(customerId, at, config.definitionsVersion(), risk.score(), risk.level(),
        reasons, state.valueTier(), prediction, openId);
    int fingerprint = fingerprint(record);
    boolean publish = book.publishedFingerprint() == null
        ? risk.score() > 0 || openId != null
        : fingerprint != book.publishedFingerprint();
    Instant due = signals.nextChange(in).orElse(null);
    List<RiskSignal> held = reasons.stream().map(RiskReason::signal).toList();
    CustomerBook after = new CustomerBook(at, risk.level(), held,
        publish ? Integer.valueOf(fingerprint) : book.publishedFingerprint(), transition.open(), transition.raised(),
        due);
    return new Outcome(after, transition.warning(), publish ? Optional.of(record) : Optional.empty());
  }

  /**
   * What makes a risk record worth publishing again: score, level, which signals with which evidence, tier, warning
   * and the prediction's potential tier and P(alive) to two decimals. Measures and the exact P(alive) drift with time
   * and are refreshed whenever one of these changes.
   */
  private static int fingerprint(ChurnRisk r) {
    Object prediction = r.prediction() == null ? List.of()
        : List.of(Math.round(r.prediction().pAlive() * 100), String.valueOf(r.prediction().potentialTier()));
    return Objects.hash(r.score(), r.level(), r.valueTier(), r.openWarningId(), prediction,
        r.reasons().stream().map(x -> List.of(x.signal(), x.points(), x.eventIds())).toList());
  }

  /** The evaluation's results: the new book, and the records to publish. */
  record Outcome(CustomerBook book, Optional<ChurnWarning> warning, Optional<ChurnRisk> risk) {}
}
