package dev.retention.churn.stream;

import dev.retention.churn.quality.QualityObservations;
import dev.retention.churn.scoring.Scorer;
import dev.retention.churn.scoring.ScorerCache;
import dev.retention.churn.state.CustomerFold;
import dev.retention.churn.state.CustomerState;
import dev.retention.churn.state.Purchases;
import dev.retention.contracts.churn.ChurnWarningCleared;
import dev.retention.contracts.churn.ModelParameters;
import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.streams.DueIndex;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Folds each interaction event and customer-value record into its customer's state and evaluates the customer at
 * the record's event time; and, driven by stream time, evaluates customers whose risk changes because nothing
 * happened.
 *
 * <p><b>Outputs.</b> A {@code ChurnRisk} whenever score, level, signals, evidence, tier, open warning or the
 * prediction's potential tier changed (none while a customer's score stays 0 from the start); a warning record per
 * transition of {@code WarningLifecycle}; the customer's {@link CustomerPurchases} whenever their purchases changed;
 * the event's quality observations (sales, refunds, complaints per product; first responses in or out of SLA),
 * re-keyed to the quality topic.
 * Record timestamps are the evaluation time.
 *
 * <p><b>Time.</b> A customer is evaluated at the later of the record's event time and their previous evaluation, so
 * it never goes back. Before a record is applied, the customer's timers due at or before its time fire first, at
 * their own times; a stream-time punctuator fires the rest. So outputs do not depend on the punctuation interval,
 * and a replay of the same input gives the same records with the same ids.
 */
final class ChurnProcessor implements Processor<String, Object, String, Object> {

  private final ChurnStreamConfig config;
  private final CustomerFold fold;
  private final ChurnEvaluator evaluator;
  private final ScorerCache scorers;
  private final QualityObservations quality;
  private ProcessorContext<String, Object> context;
  private KeyValueStore<String, CustomerState> states;
  private KeyValueStore<String, CustomerBook> books;
  private ReadOnlyKeyValueStore<String, ModelParameters> models;
  private DueIndex timers;
  private ChurnMetrics metrics;

  ChurnProcessor(ChurnStreamConfig config) {
    this.config = config;
    this.fold = new CustomerFold(config.definitions());
    this.evaluator = new ChurnEvaluator(config.definitions());
    this.scorers = new ScorerCache(config.definitions(), config.models());
    this.quality = new QualityObservations(config.definitions());
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
    this.metrics = ChurnMetrics.of(context.metrics());
    this.states = context.getStateStore(ChurnTopology.CUSTOMER_STATE);
    this.books = context.getStateStore(ChurnTopology.CUSTOMER_BOOK);
    this.models = context.getStateStore(ChurnTopology.MODELS);
    this.timers = new DueIndex(context.getStateStore(ChurnTopology.DUE_INDEX));
    context.schedule(config.timerInterval(), PunctuationType.STREAM_TIME, this::fireDue);
  }

  @Override
  public void process(Record<String, Object> record) {
    Object value = record.value();
    String causeEventId;
    String customerId;
    if (value instanceof CloudEvent event) {
      customerId = record.key() != null ? record.key() : event.customerId();
      causeEventId = event.id();
      long streamTime = context.currentStreamTimeMs();
      if (record.timestamp() < streamTime - config.lateGrace().toMillis()) {
        deadLetterLate(customerId, event, record.timestamp(), streamTime);
        return;
      }
    } else if (value instanceof CustomerValue customerValue) {
      customerId = customerValue.customerId();
      causeEventId = null;
    } else {
      if (value == null && record.key() != null && context.recordMetadata()
          .map(m -> Topics.CUSTOMER_VALUE.name().equals(m.topic())).orElse(false)) {
        erase(record.key(), Instant.ofEpochMilli(record.timestamp()));
      }
      return;
    }
    Instant at = Instant.ofEpochMilli(record.timestamp());
    CustomerState state = load(customerId);
    CustomerBook book = book(customerId);
    while (book.due() != null && !book.due().isAfter(at)) {
      metrics.timerFired();
      book = evaluate(customerId, state, book, book.due(), null);
    }
    if (value instanceof CloudEvent event) {
      quality.of(event, state).forEach(kv -> context.forward(new Record<>(kv.key, kv.value, record.timestamp()),
          ChurnTopology.QUALITY_EVENTS_SINK));
    }
    CustomerState folded = value instanceof CloudEvent event ? fold.apply(state, event)
        : fold.apply(state, (CustomerValue) value);
    metrics.applied();
    if (!folded.purchases().equals(state.purchases())) {
      publishPurchases(customerId, folded.purchases(), at);
    }
    book = evaluate(customerId, folded, book, book.asOfAtLeast(at), causeEventId);
    states.put(customerId, fold.prune(folded, book.asOf()));
    books.put(customerId, book);
  }

  /** An event too far behind stream time changes nothing: applying it would rewrite risk already published. */
  private void deadLetterLate(String customerId, CloudEvent event, long recordTime, long streamTime) {
    Optional<RecordMetadata> source = context.recordMetadata();
    Instant at = Instant.ofEpochMilli(recordTime);
    DeadLetter letter = new DeadLetter(RejectReason.LATE_EVENT, "/time", "event time " + at + " is more than the "
        + "grace of " + config.lateGrace() + " behind the churn detector's stream time " + Instant.ofEpochMilli(
        streamTime) + "; not applied", "kafka", source.map(RecordMetadata::topic).orElse(null),
        source.map(RecordMetadata::partition).orElse(null), source.map(RecordMetadata::offset).orElse(null),
        Topics.INTERACTIONS.valueSerde().serializer().serialize(Topics.INTERACTIONS.name(), event), at);
    context.forward(new Record<>(customerId, letter, recordTime), ChurnTopology.DEAD_LETTER_SINK);
    metrics.late();
  }

  /**
   * The customer was erased (a tombstone of their value): their state, book and timer go, their risk and purchase
   * history get tombstones, and an open warning is cleared so that nobody keeps working on it.
   */
  private void erase(String customerId, Instant at) {
    CustomerBook book = book(customerId);
    if (book.openWarning() != null) {
      ChurnWarningCleared cleared = new ChurnWarningCleared(book.openWarning().warningId() + "/cleared",
          book.openWarning().warningId(), customerId, book.asOfAtLeast(at), config.definitions().definitionsVersion(),
          null, book.openWarning().level(), 0, "The customer's data was erased");
      metrics.warning(cleared);
      context.forward(new Record<>(customerId, cleared, cleared.at().toEpochMilli()), ChurnTopology.WARNINGS_SINK);
    }
    long timestamp = book.asOfAtLeast(at).toEpochMilli();
    if (book.publishedFingerprint() != null) {
      context.forward(new Record<>(customerId, null, timestamp), ChurnTopology.RISK_SINK);
    }
    if (load(customerId).purchases().any()) {
      context.forward(new Record<>(customerId, null, timestamp), ChurnTopology.PURCHASES_SINK);
    }
    timers.move(customerId, book.due(), null);
    states.delete(customerId);
    books.delete(customerId);
  }

  /** Evaluates every customer due at or before {@code streamTime}, each at its due time. */
  private void fireDue(long streamTime) {
    List<DueIndex.Due> batch;
    do {
      batch = timers.dueUpTo(streamTime);
      for (DueIndex.Due due : batch) {
        CustomerBook book = books.get(due.key());
        if (book == null || !due.at().equals(book.due())) {
          timers.remove(due); // left over from a replaced due time
          continue;
        }
        CustomerState state = load(due.key());
        metrics.timerFired();
        books.put(due.key(), evaluate(due.key(), state, book, due.at(), null));
      }
    } while (!batch.isEmpty());
  }

  private CustomerBook evaluate(String customerId, CustomerState state, CustomerBook book, Instant at,
      String causeEventId) {
    Optional<Scorer> scorer = scorers.current(models::get);
    ChurnEvaluator.Outcome outcome = evaluator.evaluate(customerId, state, book, at, causeEventId, scorer);
    long timestamp = at.toEpochMilli();
    outcome.warning().ifPresent(w -> {
      metrics.warning(w);
      context.forward(new Record<>(customerId, w, timestamp), ChurnTopology.WARNINGS_SINK);
    });
    outcome.risk().ifPresent(r -> context.forward(new Record<>(customerId, r, timestamp), ChurnTopology.RISK_SINK));
    timers.move(customerId, book.due(), outcome.book().due());
    return outcome.book();
  }

  private void publishPurchases(String customerId, Purchases p, Instant at) {
    context.forward(new Record<>(customerId, new CustomerPurchases(customerId, p.firstAt(), p.lastAt(), p.repeats(),
        p.meanRepeatSpend()), at.toEpochMilli()), ChurnTopology.PURCHASES_SINK);
  }

  private CustomerState load(String customerId) {
    CustomerState state = states.get(customerId);
    return state == null ? CustomerState.EMPTY : state;
  }

  private CustomerBook book(String customerId) {
    CustomerBook book = books.get(customerId);
    return book == null ? CustomerBook.NONE : book;
  }
}
