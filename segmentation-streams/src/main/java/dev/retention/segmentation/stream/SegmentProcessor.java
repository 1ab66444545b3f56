package dev.retention.segmentation.stream;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.PurchaseCompleted;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.LifecycleStageChanged;
import dev.retention.contracts.segments.TierChanged;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.runtime.streams.DueIndex;
import dev.retention.segmentation.codec.CustomerStateCodec;
import dev.retention.segmentation.codec.RfmDistributionCodec;
import dev.retention.segmentation.config.MissingExchangeRateException;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.policy.CustomerSegments;
import dev.retention.segmentation.policy.PopulationCuts;
import dev.retention.segmentation.policy.Segmenter;
import dev.retention.segmentation.state.CustomerFold;
import dev.retention.segmentation.state.CustomerState;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Folds each interaction event into its customer's state, evaluates the definitions at the event's time and publishes
 * what changed; and, driven by stream time, evaluates customers whose segments change because nothing happened.
 *
 * <p><b>Outputs.</b> A {@link CustomerValue} after every event applied to a customer who has purchased (every
 * interaction event changes some figure of the value), and after a timer when the tier, frequency class or stage
 * changed; a {@link TierChanged} / {@link LifecycleStageChanged} whenever the tier / stage differs from the one last
 * published (the first assignment has no {@code from}), with the event's id as the cause, or none for a timer. Their
 * record timestamps, and the value's {@code asOf}, are the evaluation time.
 *
 * <p><b>Time.</b> A customer is evaluated at {@code asOf}: the later of the event's time and the customer's previous
 * {@code asOf}, so it never goes back and never precedes an event applied. An event more than the grace behind the
 * task's stream time goes to the dead letter ({@code LATE_EVENT}) and changes nothing.
 *
 * <p><b>Timers.</b> After each evaluation, {@link Segmenter#nextReviewTime} gives the exact instant the customer's
 * segments next change if nothing happens; it is the customer's single entry in the due-time index
 * ({@link DueIndex}) and is recorded in their {@link CustomerBook}. A stream-time punctuator reads the index up
 * to stream time and evaluates each due customer at exactly its due time; before an event is applied, the customer's
 * timers due at or before the event's time fire first, at their own times. So the outputs are the same whatever the
 * punctuation interval and however the customer's events interleave with other customers' (only the order of
 * records of different customers may differ).
 *
 * <p><b>Population.</b> Every distribution interval of stream time, the task summarizes its customers
 * ({@link Population#summarize}) and publishes the summary keyed by its partition to {@link DistributionTopic}; every
 * instance reads that topic into a global store. The cuts (RFM quintiles, percentile tier cuts) are the merge of the
 * latest summary of every partition, refreshed at start and at each timer tick, so all instances score against the
 * same boundaries (up to the time it takes a summary to travel). Until a summary exists, RFM scores are absent and
 * PERCENTILE tiers fall back to the fixed thresholds, as the contract prescribes. A new population does not
 * reschedule anyone: a customer gets the new scores and percentile tier at their next event or timer.
 */
final class SegmentProcessor implements Processor<String, CloudEvent, String, Object> {

  private final SegmentationStreamConfig config;
  private final CustomerFold fold;
  private final Segmenter segmenter;
  private final Population population;
  private PopulationCuts cuts;
  private final CustomerValues values;
  private ProcessorContext<String, Object> context;
  private KeyValueStore<String, byte[]> states;
  private KeyValueStore<String, CustomerBook> books;
  private DueIndex timers;
  private ReadOnlyKeyValueStore<String, byte[]> distributions;
  private SegmentationMetrics metrics;

  SegmentProcessor(SegmentationStreamConfig config) {
    this.config = config;
    SegmentationConfig definitions = config.definitions();
    this.fold = new CustomerFold(definitions);
    this.segmenter = new Segmenter(definitions);
    this.population = new Population(definitions, segmenter);
    this.values = new CustomerValues(definitions.currency().reportingCurrency());
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
    this.metrics = SegmentationMetrics.of(context.metrics());
    this.states = context.getStateStore(SegmentationTopology.CUSTOMER_STATE);
    this.books = context.getStateStore(SegmentationTopology.CUSTOMER_BOOK);
    this.timers = new DueIndex(context.getStateStore(SegmentationTopology.DUE_INDEX));
    this.distributions = context.getStateStore(SegmentationTopology.DISTRIBUTIONS);
    this.cuts = population.cuts(distributions);
    context.schedule(config.timerInterval(), PunctuationType.STREAM_TIME, this::fireDue);
    context.schedule(config.distributionInterval(), PunctuationType.STREAM_TIME, this::publishSummary);
  }

  @Override
  public void process(Record<String, CloudEvent> record) {
    CloudEvent event = record.value();
    if (event == null) {
      return;
    }
    String customerId = record.key() != null ? record.key() : event.customerId();
    Instant recordTime = Instant.ofEpochMilli(record.timestamp());
    long streamTime = context.currentStreamTimeMs();
    if (record.timestamp() < streamTime - config.lateGrace().toMillis()) {
      deadLetter(customerId, DeadLetters.late(event, context.recordMetadata(), recordTime,
          Instant.ofEpochMilli(streamTime), config.lateGrace()), recordTime);
      return;
    }
    Instant eventTime = later(recordTime, event.time().truncatedTo(ChronoUnit.MILLIS));
    Customer customer = load(customerId);
    while (customer.book().due() != null && !customer.book().due().isAfter(eventTime)) {
      customer = fire(customerId, customer, customer.book().due());
    }
    CustomerState folded;
    try {
      folded = fold.apply(customer.state(), event);
    } catch (MissingExchangeRateException e) {
      save(customerId, customer);
      deadLetter(customerId, DeadLetters.missingRate(e, event, context.recordMetadata(), recordTime), recordTime);
      return;
    }
    CustomerBook book = customer.book();
    if (event.data() instanceof PurchaseCompleted purchase) {
      book = book.withPaid(purchase.total().currency(), purchase.total().amount());
    }
    boolean changed = !folded.equals(customer.state()) || book != customer.book();
    metrics.applied();
    Customer after = publish(customerId, new Customer(folded, book), book.asOfAtLeast(eventTime), event.id(),
        changed);
    save(customerId, after);
  }

  /** Evaluates every customer due at or before {@code streamTime}, each at its due time. */
  private void fireDue(long streamTime) {
    cuts = population.cuts(distributions);
    List<DueIndex.Due> batch;
    do {
      batch = timers.dueUpTo(streamTime);
      for (DueIndex.Due due : batch) {
        CustomerBook book = books.get(due.key());
        if (book == null || !due.at().equals(book.due())) {
          timers.remove(due); // left over from a replaced due time
          continue;
        }
        save(due.key(), fire(due.key(), load(due.key()), due.at()));
      }
    } while (!batch.isEmpty());
  }

  /** Publishes the summary of this task's customers as of {@code streamTime}, keyed by the task's partition. */
  private void publishSummary(long streamTime) {
    byte[] summary = RfmDistributionCodec.encode(population.summarize(states, Instant.ofEpochMilli(streamTime)));
    context.forward(new Record<>(DistributionTopic.key(context.taskId().partition()), summary, streamTime),
        SegmentationTopology.DISTRIBUTION_SINK);
  }

  private Customer fire(String customerId, Customer customer, Instant at) {
    metrics.timerFired();
    CustomerState advanced = fold.advance(customer.state(), at);
    return publish(customerId, new Customer(advanced, customer.book()), customer.book().asOfAtLeast(at), null,
        false);
  }

  /**
   * Evaluates the customer at {@code asOf}, forwards what changed, and reschedules them.
   *
   * @param causeEventId the event that caused the evaluation; null for a timer
   * @param valueChanged whether the customer's figures changed, so that a value is due even with the same segments
   */
  private Customer publish(String customerId, Customer customer, Instant asOf, String causeEventId,
      boolean valueChanged) {
    CustomerState state = customer.state();
    CustomerBook book = customer.book();
    if (!state.hasPurchased()) {
      return new Customer(state, book.published(asOf, null, null, null));
    }
    CustomerSegments segments = segmenter.evaluate(state, asOf, cuts);
    ValueTier tier = segments.tier();
    FrequencyClass frequencyClass = segments.frequencyClass();
    LifecycleStage stage = segments.stage();
    boolean tierChanged = !Objects.equals(tier, book.tier());
    boolean stageChanged = !Objects.equals(stage, book.stage());
    boolean segmentsChanged = tierChanged || stageChanged || !Objects.equals(frequencyClass, book.frequencyClass());
    long timestamp = asOf.toEpochMilli();
    if (valueChanged || segmentsChanged) {
      context.forward(new Record<>(customerId, values.of(customerId, asOf, state, segments, book), timestamp),
          SegmentationTopology.CUSTOMER_VALUE_SINK);
    }
    String version = segments.definitionsVersion();
    if (tierChanged) {
      context.forward(new Record<>(customerId,
          new TierChanged(customerId, book.tier(), tier, asOf, causeEventId, version), timestamp),
          SegmentationTopology.SEGMENT_CHANGES_SINK);
    }
    if (stageChanged) {
      context.forward(new Record<>(customerId,
          new LifecycleStageChanged(customerId, book.stage(), stage, asOf, causeEventId, version), timestamp),
          SegmentationTopology.SEGMENT_CHANGES_SINK);
    }
    Instant due = segmenter.nextReviewTime(state, asOf, cuts).orElse(null);
    timers.move(customerId, book.due(), due);
    return new Customer(state, book.published(asOf, tier, frequencyClass, stage).withDue(due));
  }

  private Customer load(String customerId) {
    byte[] bytes = states.get(customerId);
    CustomerBook book = books.get(customerId);
    return new Customer(bytes == null ? fold.initial() : CustomerStateCodec.decode(bytes),
        book == null ? CustomerBook.NONE : book);
  }

  private void save(String customerId, Customer customer) {
    states.put(customerId, CustomerStateCodec.encode(customer.state()));
    books.put(customerId, customer.book());
  }

  private void deadLetter(String customerId, DeadLetter deadLetter, Instant at) {
    context.forward(new Record<>(customerId, deadLetter, at.toEpochMilli()), SegmentationTopology.DEAD_LETTER_SINK);
    metrics.rejected(deadLetter.reason());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** A customer's two stored parts. */
  private record Customer(CustomerState state, CustomerBook book) {}
}
