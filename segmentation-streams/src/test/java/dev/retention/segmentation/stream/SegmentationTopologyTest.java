package dev.retention.segmentation.stream;

import static dev.retention.segmentation.Fixtures.T0;
import static dev.retention.segmentation.Fixtures.days;
import static dev.retention.segmentation.Fixtures.item;
import static dev.retention.segmentation.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.InteractionData;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.segments.ContactCount;
import dev.retention.contracts.segments.CurrencySpend;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.LifecycleStageChanged;
import dev.retention.contracts.segments.Preference;
import dev.retention.contracts.segments.SegmentChange;
import dev.retention.contracts.segments.TierChanged;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.streams.DueIndexKey;
import dev.retention.segmentation.Fixtures;
import dev.retention.segmentation.config.SegmentationConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentationTopologyTest {

  private static final String VERSION = SegmentationConfig.DEFAULTS.definitionsVersion();
  private static final String ANNA = "anna";
  private static final String BEN = "ben";

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, CloudEvent> interactions;
  private TestOutputTopic<String, CustomerValue> values;
  private TestOutputTopic<String, SegmentChange> changes;
  private TestOutputTopic<String, DeadLetter> deadLetters;

  @AfterEach
  void closeDriver() {
    if (driver != null) {
      driver.close();
    }
  }

  private void start(String applicationId, Path dir) {
    start(SegmentationConfig.DEFAULTS, applicationId, dir);
  }

  private void start(SegmentationConfig definitions, String applicationId, Path dir) {
    driver = new TopologyTestDriver(SegmentationTopology.build(definitions), props(applicationId, dir));
    interactions = driver.createInputTopic(Topics.INTERACTIONS.name(), Topics.INTERACTIONS.keySerde().serializer(),
        Topics.INTERACTIONS.valueSerde().serializer());
    values = driver.createOutputTopic(Topics.CUSTOMER_VALUE.name(), Topics.CUSTOMER_VALUE.keySerde().deserializer(),
        Topics.CUSTOMER_VALUE.valueSerde().deserializer());
    changes = driver.createOutputTopic(Topics.SEGMENT_CHANGES.name(),
        Topics.SEGMENT_CHANGES.keySerde().deserializer(), Topics.SEGMENT_CHANGES.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), Topics.DEAD_LETTER.keySerde().deserializer(),
        Topics.DEAD_LETTER.valueSerde().deserializer());
  }

  private void start() {
    start(SegmentationStreamConfig.APPLICATION_ID, stateDir);
  }

  private static Properties props(String applicationId, Path dir) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
    return props;
  }

  private static CloudEvent event(String id, String customer, Instant time, InteractionData data) {
    return CloudEvent.of(id, "test", customer, time, data);
  }

  private void send(CloudEvent event) {
    interactions.pipeInput(new TestRecord<>(event.subject(), event, event.time()));
  }

  private List<SegmentChange> changesOf(String customer) {
    return changes.readKeyValuesToList().stream().filter(kv -> kv.key.equals(customer)).map(kv -> kv.value)
        .toList();
  }

  private List<CustomerValue> valuesOf(String customer) {
    return values.readKeyValuesToList().stream().filter(kv -> kv.key.equals(customer)).map(kv -> kv.value).toList();
  }

  @Test
  void shouldPublishTheValueOfAFirstPurchase() {
    start();

    send(event("e1", ANNA, T0, purchase("150.00", "USD", item("sku-1", "books", 2, "50.00"),
        item("sku-2", "music", 1, "50.00"))));

    List<KeyValue<String, CustomerValue>> published = values.readKeyValuesToList();
    assertThat(published).hasSize(1);
    CustomerValue v = published.get(0).value;
    assertThat(published.get(0).key).isEqualTo(ANNA);
    assertThat(v.customerId()).isEqualTo(ANNA);
    assertThat(v.asOf()).isEqualTo(T0);
    assertThat(v.definitionsVersion()).isEqualTo(VERSION);
    assertThat(v.firstPurchaseAt()).isEqualTo(T0);
    assertThat(v.lastPurchaseAt()).isEqualTo(T0);
    assertThat(v.purchaseCount()).isEqualTo(1);
    assertThat(v.purchaseCountLast12Months()).isEqualTo(1);
    assertThat(v.typicalIntervalDays()).isNull();
    assertThat(v.spend()).isEqualTo(Money.of("129.00", "EUR")); // 150 USD at 0.86
    assertThat(v.spendLast12Months()).isEqualTo(Money.of("129.00", "EUR"));
    assertThat(v.spendByCurrency()).containsExactly(new CurrencySpend("USD", new BigDecimal("150.00")));
    assertThat(v.rfmScores()).isNull();
    assertThat(v.valueTier()).isEqualTo(ValueTier.LOW);
    assertThat(v.frequencyClass()).isEqualTo(FrequencyClass.LOW_FREQUENCY);
    assertThat(v.lifecycleStage()).isEqualTo(LifecycleStage.NEW);
    assertThat(v.refunds().count()).isZero();
    assertThat(v.topCategories()).containsExactly(new Preference("books", 1, Money.of("86.00", "EUR")),
        new Preference("music", 1, Money.of("43.00", "EUR")));
    assertThat(changes.readKeyValuesToList()).containsExactly(
        KeyValue.pair(ANNA, new TierChanged(ANNA, null, ValueTier.LOW, T0, "e1", VERSION)),
        KeyValue.pair(ANNA, new LifecycleStageChanged(ANNA, null, LifecycleStage.NEW, T0, "e1", VERSION)));
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void shouldKeepLifetimeSpendPerCurrencyAndCountContacts() {
    start();

    send(event("e1", ANNA, T0, purchase("100.00", "EUR")));
    send(event("e2", ANNA, days(1), purchase("10.00", "USD")));
    send(event("e3", ANNA, days(2), Fixtures.contact(ContactChannel.PHONE, ContactDirection.INBOUND)));
    send(event("e4", ANNA, days(3), purchase("5.50", "EUR")));

    List<CustomerValue> published = valuesOf(ANNA);
    assertThat(published).hasSize(4);
    CustomerValue last = published.get(3);
    assertThat(last.spendByCurrency()).containsExactly(new CurrencySpend("EUR", new BigDecimal("105.50")),
        new CurrencySpend("USD", new BigDecimal("10.00")));
    assertThat(last.spend()).isEqualTo(Money.of("114.10", "EUR"));
    assertThat(last.purchaseCount()).isEqualTo(3);
    assertThat(last.contacts()).containsExactly(new ContactCount(ContactChannel.PHONE, ContactDirection.INBOUND, 1));
    assertThat(last.asOf()).isEqualTo(days(3));
  }

  @Test
  void shouldMoveFromNewToActiveAtTheDueTimeBeforeTheCustomersNextEvent() {
    start();

    send(event("e1", ANNA, T0, purchase("100.00")));
    send(event("e2", ANNA, days(40), purchase("100.00")));

    List<SegmentChange> anna = changesOf(ANNA);
    assertThat(anna).containsExactly(
        new TierChanged(ANNA, null, ValueTier.LOW, T0, "e1", VERSION),
        new LifecycleStageChanged(ANNA, null, LifecycleStage.NEW, T0, "e1", VERSION),
        new LifecycleStageChanged(ANNA, LifecycleStage.NEW, LifecycleStage.ACTIVE, days(30), null, VERSION));
    List<CustomerValue> annaValues = valuesOf(ANNA);
    assertThat(annaValues).extracting(CustomerValue::asOf).containsExactly(T0, days(30), days(40));
    assertThat(annaValues).extracting(CustomerValue::lifecycleStage)
        .containsExactly(LifecycleStage.NEW, LifecycleStage.ACTIVE, LifecycleStage.ACTIVE);
  }

  @Test
  void shouldLapseWithNoEventFromTheCustomer() {
    start();

    send(event("a1", ANNA, T0, purchase("100.00")));
    send(event("b1", BEN, days(100), purchase("20.00")));
    send(event("b2", BEN, days(200), purchase("20.00")));

    List<SegmentChange> anna = changesOf(ANNA);
    assertThat(anna).containsExactly(
        new TierChanged(ANNA, null, ValueTier.LOW, T0, "a1", VERSION),
        new LifecycleStageChanged(ANNA, null, LifecycleStage.NEW, T0, "a1", VERSION),
        new LifecycleStageChanged(ANNA, LifecycleStage.NEW, LifecycleStage.ACTIVE, days(30), null, VERSION),
        new LifecycleStageChanged(ANNA, LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, days(90), null, VERSION),
        new LifecycleStageChanged(ANNA, LifecycleStage.AT_RISK, LifecycleStage.LAPSED, days(180), null, VERSION));
    List<CustomerValue> annaValues = valuesOf(ANNA);
    CustomerValue lapsed = annaValues.get(annaValues.size() - 1);
    assertThat(lapsed.asOf()).isEqualTo(days(180));
    assertThat(lapsed.lifecycleStage()).isEqualTo(LifecycleStage.LAPSED);
    assertThat(lapsed.frequencyClass()).isEqualTo(FrequencyClass.POTENTIAL_CHURN);
    assertThat(lapsed.purchaseCount()).isEqualTo(1);
  }

  @Test
  void shouldLapseOnClockTicksAloneAndPublishNothingForATick() {
    start();

    send(event("a1", ANNA, T0, purchase("100.00")));
    changes.readKeyValuesToList();
    values.readKeyValuesToList();
    // ticks: no key, no value, only a timestamp (ClockTicks); nobody else buys
    interactions.pipeInput(new TestRecord<>(null, null, days(90)));
    interactions.pipeInput(new TestRecord<>(null, null, days(180)));

    assertThat(changes.readKeyValuesToList()).extracting(kv -> kv.key, kv -> kv.value)
        .containsExactly(
            tuple(ANNA, new LifecycleStageChanged(ANNA, LifecycleStage.NEW, LifecycleStage.ACTIVE, days(30), null,
                VERSION)),
            tuple(ANNA, new LifecycleStageChanged(ANNA, LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, days(90), null,
                VERSION)),
            tuple(ANNA, new LifecycleStageChanged(ANNA, LifecycleStage.AT_RISK, LifecycleStage.LAPSED, days(180),
                null, VERSION)));
    assertThat(values.readKeyValuesToList()).extracting(kv -> kv.key).containsOnly(ANNA);
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void shouldChangeTierWhenSpendCrossesAThreshold() {
    start();

    send(event("e1", ANNA, T0, purchase("200.00")));
    send(event("e2", ANNA, days(1), purchase("100.00")));
    send(event("e3", ANNA, days(2), purchase("700.00")));

    assertThat(changesOf(ANNA)).filteredOn(c -> c instanceof TierChanged).containsExactly(
        new TierChanged(ANNA, null, ValueTier.LOW, T0, "e1", VERSION),
        new TierChanged(ANNA, ValueTier.LOW, ValueTier.MEDIUM, days(1), "e2", VERSION),
        new TierChanged(ANNA, ValueTier.MEDIUM, ValueTier.HIGH, days(2), "e3", VERSION));
  }

  @Test
  void shouldDropTierWhenSpendLeavesTheValueWindow() {
    start();

    send(event("e1", ANNA, T0, purchase("300.00")));
    send(event("b1", BEN, days(400), purchase("20.00")));

    // the purchase of day 0 is in the 364-day value window up to day 363 and out of it from day 364, 00:00 UTC
    Instant leaves = days(364).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    assertThat(changesOf(ANNA)).filteredOn(c -> c instanceof TierChanged).containsExactly(
        new TierChanged(ANNA, null, ValueTier.MEDIUM, T0, "e1", VERSION),
        new TierChanged(ANNA, ValueTier.MEDIUM, ValueTier.LOW, leaves, null, VERSION));
  }

  @Test
  void shouldSendAnEventBeyondTheGraceToTheDeadLetter() {
    start();
    send(event("e1", ANNA, days(10), purchase("100.00")));
    values.readKeyValuesToList();
    changes.readKeyValuesToList();

    send(event("late", ANNA, days(10).minus(Duration.ofDays(1)).minusMillis(1), purchase("100.00")));
    send(event("in-grace", ANNA, days(10).minus(Duration.ofDays(1)), purchase("50.00")));

    List<DeadLetter> dead = deadLetters.readValuesToList();
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).reason()).isEqualTo(RejectReason.LATE_EVENT);
    assertThat(dead.get(0).sourceTopic()).isEqualTo(Topics.INTERACTIONS.name());
    assertThat(new String(dead.get(0).payload(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"late\"");
    List<CustomerValue> anna = valuesOf(ANNA);
    assertThat(anna).hasSize(1);
    assertThat(anna.get(0).purchaseCount()).isEqualTo(2);
    assertThat(anna.get(0).spend()).isEqualTo(Money.of("150.00", "EUR"));
    assertThat(anna.get(0).asOf()).isEqualTo(days(10));
    assertThat(count(SegmentationMetrics.REJECTED, RejectReason.LATE_EVENT)).isEqualTo(1.0);
    assertThat(count(SegmentationMetrics.APPLIED, null)).isEqualTo(2.0);
  }

  private double count(String name, String reason) {
    return driver.metrics().entrySet().stream()
        .filter(e -> e.getKey().group().equals(SegmentationMetrics.GROUP) && e.getKey().name().equals(name))
        .filter(e -> reason == null || reason.equals(e.getKey().tags().get("reason")))
        .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
        .sum();
  }

  @Test
  void shouldSendAPurchaseInACurrencyWithoutARateToTheDeadLetter() {
    start();

    send(event("brl", ANNA, T0, purchase("100.00", "BRL")));

    List<DeadLetter> dead = deadLetters.readValuesToList();
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).reason()).isEqualTo(DeadLetters.MISSING_EXCHANGE_RATE);
    assertThat(dead.get(0).message()).contains("BRL");
    assertThat(values.isEmpty()).isTrue();
    assertThat(changes.isEmpty()).isTrue();
  }

  @Test
  void shouldPublishNothingBeforeAFirstPurchaseAndKeepWhatCameBefore() {
    start();

    send(event("c1", ANNA, T0, Fixtures.contact(ContactChannel.EMAIL, ContactDirection.OUTBOUND)));
    assertThat(values.isEmpty()).isTrue();

    send(event("e1", ANNA, days(1), purchase("10.00")));
    assertThat(valuesOf(ANNA).get(0).contacts())
        .containsExactly(new ContactCount(ContactChannel.EMAIL, ContactDirection.OUTBOUND, 1));
  }

  @Test
  void shouldScoreAgainstThePublishedPopulation() {
    start();
    String[] customers = {"c1", "c2", "c3", "c4", "c5", "c6"};
    for (int k = 0; k < customers.length; k++) {
      for (int i = k; i < customers.length; i++) {
        send(event(customers[i] + "-" + k, customers[i], days(k).plusSeconds(i), purchase((50 + 100 * i) + ".00")));
      }
    }
    send(event("late-day", "c7", days(7), purchase("10.00")));
    values.readKeyValuesToList();

    send(event("c6-again", "c6", days(7).plusSeconds(120), purchase("100.00")));

    List<CustomerValue> c6Values = valuesOf("c6");
    CustomerValue c6 = c6Values.get(c6Values.size() - 1);
    assertThat(c6.purchaseCount()).isEqualTo(7);
    assertThat(c6.rfmScores()).isNotNull();
    assertThat(c6.rfmScores().frequency()).isEqualTo(5);
    assertThat(c6.rfmScores().monetary()).isEqualTo(5);
    List<KeyValue<String, byte[]>> summaries = driver.createOutputTopic(DistributionTopic.TOPIC.name(),
        Serdes.String().deserializer(), Serdes.ByteArray().deserializer()).readKeyValuesToList();
    assertThat(summaries).isNotEmpty().allSatisfy(kv -> assertThat(kv.key).isEqualTo("partition-0"));
    assertThat(dev.retention.segmentation.codec.RfmDistributionCodec.decode(summaries.get(summaries.size() - 1).value)
        .population()).isEqualTo(7);
  }

  @Test
  void shouldFallBackToFixedTiersWhileThereIsNoPopulation() {
    SegmentationConfig percentile = SegmentationConfig.DEFAULTS.withTier(
        new dev.retention.segmentation.config.TierRules(dev.retention.segmentation.config.TierMode.PERCENTILE,
            new BigDecimal("1000"), new BigDecimal("250"), 20, 30));
    start(percentile, SegmentationStreamConfig.APPLICATION_ID, stateDir);

    send(event("e1", ANNA, T0, purchase("300.00")));

    assertThat(valuesOf(ANNA).get(0).valueTier()).isEqualTo(ValueTier.MEDIUM);
  }

  @Test
  void shouldKeepOneDueEntryPerCustomerAtTheTimeInTheirBook() {
    start();

    send(event("e1", ANNA, T0, purchase("100.00")));
    send(event("e2", ANNA, days(3), purchase("100.00")));
    send(event("e3", ANNA, days(40), purchase("100.00")));
    send(event("b1", BEN, days(41), purchase("100.00")));

    KeyValueStore<Bytes, String> index = driver.getKeyValueStore(SegmentationTopology.DUE_INDEX);
    KeyValueStore<String, CustomerBook> books = driver.getKeyValueStore(SegmentationTopology.CUSTOMER_BOOK);
    List<KeyValue<Bytes, String>> entries = new ArrayList<>();
    try (KeyValueIterator<Bytes, String> all = index.all()) {
      all.forEachRemaining(entries::add);
    }
    assertThat(entries).extracting(kv -> kv.value).containsExactlyInAnyOrder(ANNA, BEN);
    for (KeyValue<Bytes, String> entry : entries) {
      assertThat(Instant.ofEpochMilli(DueIndexKey.time(entry.key))).isEqualTo(books.get(entry.value).due());
    }
  }

  @Test
  void shouldGiveByteIdenticalOutputForTheSameInput(@TempDir Path otherDir) {
    List<CloudEvent> input = new ArrayList<>();
    String[] customers = {ANNA, BEN, "cleo", "dan"};
    for (int i = 0; i < 60; i++) {
      String customer = customers[i % customers.length];
      InteractionData data = i % 7 == 3
          ? Fixtures.contact(ContactChannel.CHAT, ContactDirection.INBOUND)
          : purchase((10 + i * 13 % 97) + ".00", i % 5 == 0 ? "GBP" : "EUR",
              item("sku-" + i % 6, "cat-" + i % 3, 1, (10 + i * 13 % 97) + ".00"));
      input.add(event("e" + i, customer, days(i * 9L), data));
    }
    input.add(event("late", BEN, T0, purchase("1.00")));

    start("segmentation-run-1", stateDir);
    List<List<KeyValue<byte[], byte[]>>> first = run(input);
    driver.close();
    start("segmentation-run-2", otherDir);
    List<List<KeyValue<byte[], byte[]>>> second = run(input);

    assertThat(first.get(0)).hasSizeGreaterThan(input.size() / 2);
    assertThat(first.get(1)).isNotEmpty();
    assertThat(first.get(2)).hasSize(1);
    for (int t = 0; t < first.size(); t++) {
      assertThat(second.get(t)).hasSameSizeAs(first.get(t));
      for (int i = 0; i < first.get(t).size(); i++) {
        assertThat(second.get(t).get(i).key).isEqualTo(first.get(t).get(i).key);
        assertThat(second.get(t).get(i).value).isEqualTo(first.get(t).get(i).value);
      }
    }
  }

  private List<List<KeyValue<byte[], byte[]>>> run(List<CloudEvent> input) {
    input.forEach(this::send);
    List<List<KeyValue<byte[], byte[]>>> out = new ArrayList<>();
    for (String topic : List.of(Topics.CUSTOMER_VALUE.name(), Topics.SEGMENT_CHANGES.name(),
        Topics.DEAD_LETTER.name())) {
      out.add(driver.createOutputTopic(topic, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer())
          .readKeyValuesToList());
    }
    return out;
  }
}
