package dev.retention.ingestion.stream;

import static dev.retention.ingestion.stream.StreamFixtures.SENT;
import static dev.retention.ingestion.stream.StreamFixtures.T0;
import static dev.retention.ingestion.stream.StreamFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.validation.EventValidator;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures that are not the input's fault: dead-lettered, never a stalled partition, and never a lost event. */
class ValidatorProcessingErrorTest {

  private static final DeadLetters DEAD_LETTERS = new DeadLetters(ValidatorConfig.DEFAULTS.deadLetterPayloadLimit());

  private FailingContext context;

  /** A context whose forwards to one child fail, as a broken step after the processor would. */
  static final class FailingContext extends MockProcessorContext<String, Object> {
    RuntimeException failure;
    String failingChild;

    @Override
    public <K extends String, V> void forward(Record<K, V> record, String childName) {
      if (failure != null && childName.equals(failingChild)) {
        throw failure;
      }
      super.forward(record, childName);
    }
  }

  @BeforeEach
  void createContext() {
    context = new FailingContext();
    context.setRecordMetadata(Topics.RAW_INTERACTIONS.name(), 3, 42L);
    context.setCurrentStreamTimeMs(SENT.toEpochMilli());
    WindowStore<String, byte[]> seen = Stores.windowStoreBuilder(Stores.inMemoryWindowStore(
            ValidatorTopology.DEDUP_STORE, ValidatorTopology.dedupRetention(ValidatorConfig.DEFAULTS.dedupHorizon()),
            Duration.ofMillis(1), false),
        Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
    seen.init(context.getStateStoreContext(), seen);
    context.addStateStore(seen);
  }

  @Test
  void shouldDeadLetterAFailingValidationAsAProcessingErrorWithItsSource() {
    ValidateProcessor validate = new ValidateProcessor(new EventValidator(null), DEAD_LETTERS); // a broken validator
    validate.init(context);
    byte[] payload = json(StreamFixtures.purchase("o-1", "c-1", T0));

    validate.process(new Record<>("c-1", payload, SENT.toEpochMilli()));

    List<CapturedForward<? extends String, ?>> letters = context.forwarded(ValidatorTopology.DEAD_LETTER_SINK);
    assertThat(letters).hasSize(1);
    DeadLetter letter = (DeadLetter) letters.get(0).record().value();
    assertThat(letter.reason()).isEqualTo(RejectReason.PROCESSING_ERROR);
    assertThat(letter.message()).startsWith("processing failed: NullPointerException");
    assertThat(letter.sourceTopic()).isEqualTo(Topics.RAW_INTERACTIONS.name());
    assertThat(letter.sourcePartition()).isEqualTo(3);
    assertThat(letter.sourceOffset()).isEqualTo(42L);
    assertThat(letter.payload()).isEqualTo(payload);
    assertThat(letter.rejectedAt()).isEqualTo(SENT);
    assertThat(letters.get(0).record().key()).isEqualTo("c-1");
    assertBalanced(0, 1, 0);
  }

  @Test
  void shouldForgetAndDeadLetterAnEventTheProfileFoldFailsOnSoThatACorrectedCopyGetsThrough() {
    DeduplicateProcessor deduplicate = new DeduplicateProcessor(ValidatorConfig.DEFAULTS, DEAD_LETTERS);
    deduplicate.init(context);
    CloudEvent consent = CloudEvent.of("con-1", "crm", "c-1", T0,
        new ConsentChanged(null, null, ConsentStatus.WITHDRAWN));
    Record<String, Ingested> record =
        new Record<>("c-1", new Ingested(consent, json(consent), SENT), T0.toEpochMilli());
    context.failingChild = ValidatorTopology.FOLD_CUSTOMER_PROFILE;
    context.failure = new IllegalStateException("fold exploded");

    deduplicate.process(record);

    DeadLetter letter = (DeadLetter) context.forwarded(ValidatorTopology.DEAD_LETTER_SINK).get(0).record().value();
    assertThat(letter.reason()).isEqualTo(RejectReason.PROCESSING_ERROR);
    assertThat(letter.message()).contains("fold exploded");
    assertThat(letter.sourceOffset()).isEqualTo(42L);
    assertThat(letter.payload()).isEqualTo(json(consent));

    context.failure = null;
    deduplicate.process(record);
    assertThat(context.forwarded(ValidatorTopology.FOLD_CUSTOMER_PROFILE)).as("not taken for a duplicate")
        .hasSize(1);
  }

  @Test
  void shouldLetKafkaOwnExceptionsThroughAndForgetTheEvent() {
    DeduplicateProcessor deduplicate = new DeduplicateProcessor(ValidatorConfig.DEFAULTS, DEAD_LETTERS);
    deduplicate.init(context);
    CloudEvent purchase = StreamFixtures.purchase("o-1", "c-1", T0);
    Record<String, Ingested> record =
        new Record<>("c-1", new Ingested(purchase, json(purchase), SENT), T0.toEpochMilli());
    context.failingChild = ValidatorTopology.INTERACTIONS_SINK;
    context.failure = new ProducerFencedException("fenced");

    assertThatThrownBy(() -> deduplicate.process(record)).isSameAs(context.failure);
    assertThat(context.forwarded(ValidatorTopology.DEAD_LETTER_SINK)).isEmpty();

    context.failure = null;
    deduplicate.process(record);
    assertThat(context.forwarded(ValidatorTopology.INTERACTIONS_SINK)).hasSize(1);
  }

  private void assertBalanced(long accepted, long rejected, long duplicates) {
    ValidatorCounts counts = ValidatorCounts.from(context.metrics().metrics());
    assertThat(counts.accepted()).isEqualTo(accepted);
    assertThat(counts.rejected()).isEqualTo(rejected);
    assertThat(counts.duplicates()).isEqualTo(duplicates);
    assertThat(counts.balanced()).isTrue();
  }
}
