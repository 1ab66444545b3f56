package dev.retention.ingestion.stream;

import static dev.retention.ingestion.stream.StreamFixtures.SENT;
import static dev.retention.ingestion.stream.StreamFixtures.T0;
import static dev.retention.ingestion.stream.StreamFixtures.json;
import static dev.retention.ingestion.stream.StreamFixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.topics.Topics;
import dev.retention.ingestion.stream.StreamFixtures.BadInput;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidatorTopologyTest {

  private static final Duration HORIZON = ValidatorConfig.DEFAULTS.dedupHorizon();

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, CloudEvent> interactions;
  private TestOutputTopic<String, CustomerProfile> customers;
  private TestOutputTopic<String, DeadLetter> deadLetters;
  private int sent;

  @BeforeEach
  void startDriver() {
    start(ValidatorConfig.DEFAULTS);
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  private void start(ValidatorConfig config) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, ValidatorConfig.APPLICATION_ID);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(ValidatorTopology.build(config), props);
    raw = driver.createInputTopic(Topics.RAW_INTERACTIONS.name(), Topics.RAW_INTERACTIONS.keySerde().serializer(),
        Topics.RAW_INTERACTIONS.valueSerde().serializer());
    interactions = driver.createOutputTopic(Topics.INTERACTIONS.name(),
        Topics.INTERACTIONS.keySerde().deserializer(), Topics.INTERACTIONS.valueSerde().deserializer());
    customers = driver.createOutputTopic(Topics.CUSTOMERS.name(), Topics.CUSTOMERS.keySerde().deserializer(),
        Topics.CUSTOMERS.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), Topics.DEAD_LETTER.keySerde().deserializer(),
        Topics.DEAD_LETTER.valueSerde().deserializer());
  }

  private void send(String key, byte[] value, Instant sentAt) {
    raw.pipeInput(key, value, sentAt);
    sent++;
  }

  private void send(CloudEvent event, Instant sentAt) {
    send(event.subject(), json(event), sentAt);
  }

  private ValidatorCounts counts() {
    return ValidatorCounts.from(driver.metrics());
  }

  private void assertCountsBalance(int accepted, int rejected, int duplicates) {
    ValidatorCounts counts = counts();
    assertThat(counts.in()).as("records in").isEqualTo(sent);
    assertThat(counts.accepted()).as("accepted").isEqualTo(accepted);
    assertThat(counts.rejected()).as("rejected").isEqualTo(rejected);
    assertThat(counts.duplicates()).as("duplicates").isEqualTo(duplicates);
    assertThat(counts.balanced()).as("in = accepted + rejected + duplicates: %s", counts).isTrue();
  }

  // ---- valid events ---------------------------------------------------------------------------------------------

  @Test
  void shouldPublishAValidInteractionOfEveryTypeKeyedBySubjectAtEventTime() {
    List<CloudEvent> events = StreamFixtures.interactionsOfEveryType("c-1", "i", T0);
    events.forEach(e -> send(e, SENT));

    List<TestRecord<String, CloudEvent>> out = interactions.readRecordsToList();
    assertThat(out).extracting(TestRecord::value).containsExactlyElementsOf(events);
    assertThat(out).allSatisfy(r -> {
      assertThat(r.key()).isEqualTo(r.value().subject());
      assertThat(r.getRecordTime()).isEqualTo(r.value().time());
    });
    assertThat(customers.isEmpty()).isTrue();
    assertThat(deadLetters.isEmpty()).isTrue();
    assertCountsBalance(events.size(), 0, 0);
  }

  @Test
  void shouldStampAnEventAheadOfItsSendTimeWithTheSendTimeSoTheBrokerCannotRefuseIt() {
    CloudEvent ahead = purchase("ahead", "c-1", SENT.plus(Duration.ofMinutes(4)));
    CloudEvent profileAhead = CloudEvent.of("reg", "crm", "c-1", SENT.plus(Duration.ofMinutes(4)),
        StreamFixtures.registered("Ada"));
    send(ahead, SENT);
    send(profileAhead, SENT);

    TestRecord<String, CloudEvent> published = interactions.readRecord();
    assertThat(published.value()).isEqualTo(ahead);
    assertThat(published.getRecordTime()).isEqualTo(SENT);
    TestRecord<String, CustomerProfile> profile = customers.readRecord();
    assertThat(profile.value().updatedAt()).isEqualTo(profileAhead.time());
    assertThat(profile.getRecordTime()).isEqualTo(SENT);
  }

  @Test
  void shouldFoldCustomerEventsIntoTheProfileAndKeepThemOffTheInteractionsTopic() {
    List<CloudEvent> events = StreamFixtures.customerEventsOfEveryType("c-1", "p", T0);
    events.forEach(e -> send(e, SENT));

    List<TestRecord<String, CustomerProfile>> out = customers.readRecordsToList();
    assertThat(out).hasSize(3).allSatisfy(r -> {
      assertThat(r.key()).isEqualTo("c-1");
      assertThat(r.getRecordTime()).isEqualTo(r.value().updatedAt());
    });
    CustomerProfile last = out.get(2).value();
    assertThat(last.name()).isEqualTo("Ada Lovelace");
    assertThat(last.registeredAt()).isEqualTo(T0);
    assertThat(last.updatedAt()).isEqualTo(T0.plusSeconds(120));
    assertThat(last.lastEventId()).isEqualTo("p-2");
    assertThat(last.consentFor(ContactChannel.SMS, ContactPurpose.PROMOTION)).contains(ConsentStatus.WITHDRAWN);
    assertThat(last).isEqualTo(CustomerProfile.unknown("c-1").apply(events.get(0)).apply(events.get(1))
        .apply(events.get(2)));
    KeyValueStore<String, CustomerProfile> store = driver.getKeyValueStore(ValidatorTopology.CUSTOMER_PROFILES);
    assertThat(store.get("c-1")).isEqualTo(last);
    assertThat(interactions.isEmpty()).isTrue();
    assertCountsBalance(3, 0, 0);
  }

  @Test
  void shouldFoldCustomerEventsByEventTimeNotArrivalOrder() {
    CloudEvent registered = CloudEvent.of("reg", "crm", "c-1", T0, StreamFixtures.registered("Ada Example"));
    CloudEvent newUpdate = CloudEvent.of("upd-2", "crm", "c-1", T0.plusSeconds(600),
        StreamFixtures.updated("Ada Lovelace"));
    CloudEvent oldUpdate = CloudEvent.of("upd-1", "crm", "c-1", T0.plusSeconds(300),
        StreamFixtures.updated("Ada Byron"));
    CloudEvent consent = CloudEvent.of("con-1", "crm", "c-1", T0.plusSeconds(60),
        new ConsentChanged(null, null, ConsentStatus.WITHDRAWN));

    send(newUpdate, SENT);
    send(registered, SENT);
    send(oldUpdate, SENT);
    send(consent, SENT);

    List<TestRecord<String, CustomerProfile>> out = customers.readRecordsToList();
    assertThat(out).hasSize(4);
    CustomerProfile last = out.get(3).value();
    assertThat(last.name()).as("the older update arrived later and is ignored").isEqualTo("Ada Lovelace");
    assertThat(last.detailsUpdatedAt()).isEqualTo(newUpdate.time());
    assertThat(last.registeredAt()).isEqualTo(registered.time());
    assertThat(last.updatedAt()).isEqualTo(newUpdate.time());
    assertThat(last.consentFor(ContactChannel.EMAIL, ContactPurpose.CARE)).contains(ConsentStatus.WITHDRAWN);
    assertThat(out).extracting(TestRecord::getRecordTime).containsOnly(newUpdate.time());
    assertCountsBalance(4, 0, 0);
  }

  // ---- bad input ------------------------------------------------------------------------------------------------

  static Stream<BadInput> badInputs() {
    return StreamFixtures.badInputs().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void shouldDeadLetterBadInputWithReasonFieldAndSourceAndKeepGoing(BadInput bad) {
    CloudEvent before = purchase("before", "c-1", T0);
    CloudEvent after = purchase("after", "c-1", T0.plusSeconds(1));
    send(before, SENT);
    send(bad.key(), bad.value(), SENT.plusSeconds(1));
    send(after, SENT.plusSeconds(2));

    List<TestRecord<String, DeadLetter>> letters = deadLetters.readRecordsToList();
    assertThat(letters).hasSize(1);
    TestRecord<String, DeadLetter> record = letters.get(0);
    DeadLetter letter = record.value();
    assertThat(record.key()).isEqualTo(bad.key());
    assertThat(record.getRecordTime()).isEqualTo(SENT.plusSeconds(1));
    assertThat(letter.reason()).isEqualTo(bad.reason());
    assertThat(letter.fieldPath()).isEqualTo(bad.fieldPath());
    assertThat(letter.message()).contains(bad.messagePart());
    assertThat(letter.origin()).isEqualTo("kafka");
    assertThat(letter.sourceTopic()).isEqualTo(Topics.RAW_INTERACTIONS.name());
    assertThat(letter.sourcePartition()).isZero();
    assertThat(letter.sourceOffset()).isEqualTo(1L);
    assertThat(letter.payload()).isEqualTo(bad.value() == null ? new byte[0] : bad.value());
    assertThat(letter.rejectedAt()).isEqualTo(SENT.plusSeconds(1));
    assertThat(interactions.readValuesToList()).containsExactly(before, after);
    assertCountsBalance(2, 1, 0);
    assertThat(counts().rejectedByReason()).containsExactly(Map.entry(bad.reason(), 1L));
  }

  @Test
  void shouldCutTheDeadLetterPayloadOfAHugeInputSoItStillFitsARecord() {
    int limit = ValidatorConfig.DEFAULTS.deadLetterPayloadLimit();
    byte[] huge = new byte[900_000];
    Arrays.fill(huge, (byte) 'x');
    send("c-1", huge, SENT);

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.reason()).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(letter.payload()).hasSize(limit).isEqualTo(Arrays.copyOf(huge, limit));
    assertThat(letter.message()).contains("cut to its first " + limit + " of 900000 bytes");
    assertThat(Topics.DEAD_LETTER.valueSerde().serializer().serialize("t", letter).length).isLessThan(1_000_000);
  }

  // ---- duplicates -----------------------------------------------------------------------------------------------

  @Test
  void shouldDropTheSameSourceAndIdWithinTheHorizonAndCountIt() {
    CloudEvent first = purchase("o-1", "c-1", T0);
    CloudEvent sameIdOtherSource = CloudEvent.of("o-1", "pos/store-9", "c-1", T0, first.data());
    send(first, SENT);
    send(first, SENT.plusSeconds(5));
    send(sameIdOtherSource, SENT.plusSeconds(6));
    send("c-1", json(first), SENT.plus(Duration.ofDays(3)));

    assertThat(interactions.readValuesToList()).containsExactly(first, sameIdOtherSource);
    assertCountsBalance(2, 0, 2);
  }

  @Test
  void shouldDropADuplicateCustomerEventWithoutFoldingItTwice() {
    CloudEvent consent = CloudEvent.of("con-1", "crm", "c-1", T0,
        new ConsentChanged(ContactChannel.SMS, null, ConsentStatus.GRANTED));
    send(consent, SENT);
    send(consent, SENT.plusSeconds(1));

    assertThat(customers.readRecordsToList()).hasSize(1);
    assertCountsBalance(1, 0, 1);
  }

  @Test
  void shouldStillDropADuplicateExactlyAtTheHorizon() {
    CloudEvent first = purchase("o-1", "c-1", T0);
    CloudEvent later = purchase("o-2", "c-1", T0.plusSeconds(1));
    send(first, SENT);
    send(later, SENT.plus(HORIZON));
    send(first, SENT.plus(HORIZON));

    assertThat(interactions.readValuesToList()).containsExactly(first, later);
    assertCountsBalance(2, 0, 1);
  }

  @Test
  void shouldAcceptTheSameEventAgainOnceItFellBehindTheHorizon() {
    CloudEvent first = purchase("o-1", "c-1", T0);
    CloudEvent later = purchase("o-2", "c-1", T0.plusSeconds(1));
    send(first, SENT);
    send(later, SENT.plus(HORIZON).plusMillis(1));
    send(first, SENT.plus(HORIZON).plusMillis(2));

    assertThat(interactions.readValuesToList()).containsExactly(first, later, first);
    assertCountsBalance(3, 0, 0);
  }

  @Test
  void shouldDropAReimportOfOldHistoryWhateverItsEventTime() {
    // history from years before the live traffic, imported twice a day apart, with live events in between
    CloudEvent old = purchase("hist-1", "c-1", T0.minus(Duration.ofDays(3 * 365)));
    CloudEvent live = purchase("live-1", "c-1", T0);
    send(old, SENT);
    send(live, SENT.plus(Duration.ofHours(12)));
    send(old, SENT.plus(Duration.ofDays(1)));

    assertThat(interactions.readValuesToList()).containsExactly(old, live);
    assertCountsBalance(2, 0, 1);
  }

  @Test
  void shouldDropForgottenKeysFromTheStoreAsStreamTimeAdvances() {
    for (int i = 0; i < 5; i++) {
      send(purchase("old-" + i, "c-1", T0.plusSeconds(i)), SENT.plus(Duration.ofMinutes(10L * i)));
    }
    send(purchase("recent", "c-1", T0.plusSeconds(10)), SENT.plus(HORIZON));
    WindowStore<String, byte[]> seen = driver.getWindowStore(ValidatorTopology.DEDUP_STORE);
    assertThat(keys(seen)).as("all within the horizon or its last segment").hasSize(6);

    // the store drops whole segments (half the horizon each) once stream time is a horizon past them
    send(purchase("newest", "c-1", T0.plusSeconds(11)), SENT.plus(HORIZON.multipliedBy(2)));

    assertThat(keys(seen)).contains("shop/eu-1\u0000newest").noneMatch(key -> key.contains("old-"));
  }

  @Test
  void shouldHonourAConfiguredHorizon() {
    driver.close();
    start(ValidatorConfig.DEFAULTS.withDedupHorizon(Duration.ofHours(1)));
    CloudEvent first = purchase("o-1", "c-1", T0);
    CloudEvent later = purchase("o-2", "c-1", T0.plusSeconds(1));
    send(first, SENT);
    send(later, SENT.plus(Duration.ofHours(2)));
    send(first, SENT.plus(Duration.ofHours(2)));

    assertThat(interactions.readValuesToList()).containsExactly(first, later, first);
  }

  // ---- all together ---------------------------------------------------------------------------------------------

  @Test
  void shouldAccountForEveryRecordInAMix() {
    List<CloudEvent> valid = new ArrayList<>();
    valid.addAll(StreamFixtures.interactionsOfEveryType("c-1", "i", T0));
    valid.addAll(StreamFixtures.customerEventsOfEveryType("c-2", "p", T0));
    List<BadInput> bad = StreamFixtures.badInputs();
    valid.forEach(e -> send(e, SENT));
    bad.forEach(b -> send(b.key(), b.value(), SENT));
    valid.subList(0, 4).forEach(e -> send(e, SENT.plusSeconds(30)));

    int accepted = interactions.readRecordsToList().size() + customers.readRecordsToList().size();
    int rejected = deadLetters.readRecordsToList().size();
    assertThat(accepted).isEqualTo(valid.size());
    assertThat(rejected).isEqualTo(bad.size());
    assertCountsBalance(accepted, rejected, 4);
    assertThat(sent).isEqualTo(accepted + rejected + counts().duplicates());
  }

  @Test
  void shouldNameEveryNodeAndStore() {
    TopologyDescription description = ValidatorTopology.build(ValidatorConfig.DEFAULTS).describe();
    List<String> nodes = description.subtopologies().stream()
        .flatMap(s -> s.nodes().stream()).map(TopologyDescription.Node::name).toList();
    assertThat(nodes).containsExactlyInAnyOrder(ValidatorTopology.SOURCE, ValidatorTopology.VALIDATE,
        ValidatorTopology.DEDUPLICATE, ValidatorTopology.FOLD_CUSTOMER_PROFILE, ValidatorTopology.INTERACTIONS_SINK,
        ValidatorTopology.CUSTOMERS_SINK, ValidatorTopology.DEAD_LETTER_SINK);
    assertThat(description.subtopologies()).hasSize(1);
    List<String> stores = description.subtopologies().stream().flatMap(s -> s.nodes().stream())
        .filter(n -> n instanceof TopologyDescription.Processor)
        .flatMap(n -> ((TopologyDescription.Processor) n).stores().stream()).toList();
    assertThat(stores).containsExactlyInAnyOrder(ValidatorTopology.DEDUP_STORE, ValidatorTopology.CUSTOMER_PROFILES);
  }

  private static List<String> keys(WindowStore<String, byte[]> store) {
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<Windowed<String>, byte[]> all = store.all()) {
      all.forEachRemaining(kv -> keys.add(kv.key.key()));
    }
    return keys;
  }
}
