package dev.retention.projection.stream;

import static dev.retention.projection.Fixtures.T0;
import static dev.retention.projection.Fixtures.days;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topics;
import dev.retention.projection.Fixtures;
import dev.retention.projection.model.Customer360;
import dev.retention.projection.model.SegmentRow;
import dev.retention.projection.model.Tally;
import dev.retention.projection.model.TallyKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectionTopologyTest {

  private TopologyTestDriver driver;

  @BeforeEach
  void start() {
    java.util.Properties props = new java.util.Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "projection-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(ProjectionTopology.build(3), props);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
    return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  private void profile(CustomerProfile p) {
    input(Topics.CUSTOMERS).pipeInput(p.customerId(), p, T0);
  }

  private void value(CustomerValue v) {
    input(Topics.CUSTOMER_VALUE).pipeInput(v.customerId(), v, v.asOf());
  }

  private void risk(ChurnRisk r) {
    input(Topics.CHURN_RISK).pipeInput(r.customerId(), r, r.asOf());
  }

  private void warning(ChurnWarning w) {
    input(Topics.CHURN_WARNINGS).pipeInput(w.customerId(), w, w.at());
  }

  private void event(CloudEvent e) {
    input(Topics.INTERACTIONS).pipeInput(e.subject(), e, e.time());
  }

  private Customer360 customer(String id) {
    KeyValueStore<String, Customer360> store = driver.getKeyValueStore(ProjectionStores.CUSTOMER_360);
    return store.get(id);
  }

  private <V> Map<String, V> all(String storeName) {
    KeyValueStore<String, V> store = driver.getKeyValueStore(storeName);
    Map<String, V> out = new TreeMap<>();
    try (KeyValueIterator<String, V> it = store.all()) {
      it.forEachRemaining(kv -> out.put(kv.key, kv.value));
    }
    return out;
  }

  private long count(String... keyParts) {
    Tally t = this.<Tally>all(ProjectionStores.TALLIES).get(TallyKey.of(keyParts));
    return t == null ? 0 : t.count();
  }

  @Test
  void shouldBuildThe360FromEveryInputWithABoundedTimeline() {
    profile(Fixtures.profile("c-1", "Ada"));
    value(Fixtures.value("c-1", ValueTier.HIGH, LifecycleStage.ACTIVE, 3, "1200", days(5), "books"));
    risk(Fixtures.risk("c-1", RiskLevel.HIGH, 80, days(6),
        Fixtures.reason(RiskSignal.PURCHASE_OVERDUE, 80, "No purchase for 120 days", "e-1")));
    warning(Fixtures.raised("c-1", "w-1", days(6),
        Fixtures.reason(RiskSignal.PURCHASE_OVERDUE, 80, "No purchase for 120 days", "e-1")));
    event(Fixtures.purchase("e-1", "c-1", days(1), "100", OrderKind.ORDER));
    event(Fixtures.complaint("e-2", "c-1", days(2), "k-1"));
    event(Fixtures.nps("e-3", "c-1", days(3), 4));
    event(Fixtures.nps("e-4", "c-1", days(4), 10));
    event(Fixtures.nps("e-4", "c-1", days(4), 10)); // redelivered: no second count

    Customer360 c = customer("c-1");
    assertThat(c.profile().name()).isEqualTo("Ada");
    assertThat(c.value().valueTier()).isEqualTo(ValueTier.HIGH);
    assertThat(c.risk().reasons()).extracting(r -> r.explanation()).containsExactly("No purchase for 120 days");
    assertThat(c.openWarning().warningId()).isEqualTo("w-1");
    assertThat(c.openComplaints()).extracting(o -> o.complaintId()).containsExactly("k-1");
    assertThat(c.lastSurveys()).singleElement().satisfies(s -> assertThat(s.score()).isEqualTo(10));
    assertThat(c.timeline()).extracting(t -> t.eventId()).containsExactly("e-4", "e-3", "e-2");
    assertThat(count(TallyKey.NPS, "2026-07", "promoters")).isEqualTo(1);
    assertThat(count(TallyKey.NPS, "2026-07", "detractors")).isEqualTo(1);
    assertThat(count(TallyKey.WARNINGS, "2026-07-07", "raised")).isEqualTo(1);

    warning(Fixtures.cleared("c-1", "w-1", days(8)));
    assertThat(customer("c-1").openWarning()).isNull();
    assertThat(count(TallyKey.WARNINGS, "2026-07-09", "cleared")).isEqualTo(1);
    assertThat(count(TallyKey.KPI, "open-warnings")).isZero();
  }

  @Test
  void shouldMoveIndexEntriesAndTierCountsWhenACustomerChanges() {
    value(Fixtures.value("c-1", ValueTier.LOW, LifecycleStage.NEW, 1, "50", days(1), "books", "garden"));
    value(Fixtures.value("c-2", ValueTier.LOW, LifecycleStage.NEW, 1, "70", days(1), "books"));
    assertThat(count(TallyKey.TIER, "LOW")).isEqualTo(2);
    assertThat(this.<SegmentRow>all(ProjectionStores.SEGMENT_INDEX)).containsOnlyKeys(
        TallyKey.of("LOW", "NONE", "NEW", "c-1"), TallyKey.of("LOW", "NONE", "NEW", "c-2"));

    value(Fixtures.value("c-1", ValueTier.HIGH, LifecycleStage.ACTIVE, 4, "2000", days(30), "garden"));
    risk(Fixtures.risk("c-1", RiskLevel.MEDIUM, 40, days(31),
        Fixtures.reason(RiskSignal.NPS_DETRACTOR, 40, "NPS 4")));

    assertThat(this.<SegmentRow>all(ProjectionStores.SEGMENT_INDEX)).containsOnlyKeys(
        TallyKey.of("HIGH", "MEDIUM", "ACTIVE", "c-1"), TallyKey.of("LOW", "NONE", "NEW", "c-2"));
    assertThat(this.<SegmentRow>all(ProjectionStores.CATEGORY_INDEX)).containsOnlyKeys(
        TallyKey.of("books", "c-2"), TallyKey.of("garden", "c-1"));
    assertThat(count(TallyKey.TIER, "LOW")).isEqualTo(1);
    assertThat(count(TallyKey.TIER, "HIGH")).isEqualTo(1);
    Tally high = this.<Tally>all(ProjectionStores.TALLIES).get(TallyKey.of(TallyKey.TIER, "HIGH"));
    assertThat(high.amount()).isEqualByComparingTo("2000");
    assertThat(count(TallyKey.STAGE, "NEW")).isEqualTo(1);
    assertThat(count(TallyKey.KPI, "repurchasers")).isEqualTo(1);
    assertThat(count(TallyKey.QUARTER, "2026-Q3", "moves", "tier", "LOW>HIGH")).isEqualTo(1);
  }

  @Test
  void shouldBuildTheCohortMatrixFromPurchaseMonths() {
    event(Fixtures.purchase("a-1", "c-1", Instant.parse("2026-01-10T00:00:00Z"), "10", OrderKind.ORDER));
    event(Fixtures.purchase("a-2", "c-1", Instant.parse("2026-03-10T00:00:00Z"), "10", OrderKind.RENEWAL));
    event(Fixtures.purchase("b-1", "c-2", Instant.parse("2026-01-20T00:00:00Z"), "10", OrderKind.ORDER));
    // a purchase older than the first one known moves c-2 into an earlier cohort
    event(Fixtures.purchase("b-0", "c-2", Instant.parse("2025-12-20T00:00:00Z"), "10", OrderKind.ORDER));

    Map<String, Tally> cohorts = new TreeMap<>();
    this.<Tally>all(ProjectionStores.TALLIES).forEach((k, v) -> {
      if (k.startsWith(TallyKey.prefix(TallyKey.COHORT))) {
        cohorts.put(k.substring(TallyKey.prefix(TallyKey.COHORT).length()).replace(TallyKey.SEP, "/"), v);
      }
    });
    assertThat(cohorts.keySet()).containsExactly("2025-12/m000", "2025-12/m001", "2025-12/size",
        "2026-01/m000", "2026-01/m002", "2026-01/size");
    assertThat(cohorts.values()).allSatisfy(t -> assertThat(t.count()).isEqualTo(1));
    assertThat(count(TallyKey.QUARTER, "2026-Q1", "UNKNOWN", "renewals")).isEqualTo(1);
    assertThat(count(TallyKey.QUARTER, "2026-Q1", "UNKNOWN", "repeat-purchases")).isEqualTo(1);
    assertThat(count(TallyKey.QUARTER, "2025-Q4", "UNKNOWN", "repeat-purchases")).isEqualTo(1);
  }

  @Test
  void shouldEraseTheCustomerAndEveryContributionOnAProfileTombstone() {
    profile(Fixtures.profile("c-1", "Ada"));
    value(Fixtures.value("c-1", ValueTier.HIGH, LifecycleStage.ACTIVE, 3, "1200", days(5), "books"));
    event(Fixtures.purchase("e-1", "c-1", days(1), "100", OrderKind.ORDER));

    input(Topics.CUSTOMERS).pipeInput("c-1", null, days(10));

    assertThat(customer("c-1")).isNull();
    assertThat(all(ProjectionStores.SEGMENT_INDEX)).isEmpty();
    assertThat(all(ProjectionStores.CATEGORY_INDEX)).isEmpty();
    // what remains are counts of events (a purchase happened in Q3), never a count of the erased customer
    assertThat(this.<Tally>all(ProjectionStores.TALLIES).keySet())
        .allSatisfy(k -> assertThat(k).startsWith(TallyKey.prefix(TallyKey.QUARTER)));
  }

  @Test
  void shouldCountCaseOutcomesPerTierAndRejectMalformedCaseEvents() {
    TestInputTopic<String, JsonNode> cases = input(Topics.CASES);
    cases.pipeInput("k-1", Fixtures.caseOpened("k-1", "c-1", days(1), "HIGH"), days(1));
    cases.pipeInput("k-2", Fixtures.caseOpened("k-2", "c-2", days(1), null), days(1));
    cases.pipeInput("k-1", Fixtures.caseClosed("k-1", "c-1", days(9), "RETAINED"), days(9));
    cases.pipeInput("k-2", Fixtures.caseClosed("k-2", "c-2", days(9), "LOST"), days(9));
    cases.pipeInput("k-3", dev.retention.contracts.json.Json.mapper().createObjectNode().put("type", "x"), days(9));

    Map<String, Tally> tallies = all(ProjectionStores.CASE_TALLIES);
    assertThat(tallies.get(TallyKey.of(TallyKey.CASES, "opened")).count()).isEqualTo(2);
    assertThat(tallies.get(TallyKey.of(TallyKey.CASES, "closed", "RETAINED")).count()).isEqualTo(1);
    assertThat(tallies.get(TallyKey.of(TallyKey.QUARTER, "2026-Q3", "HIGH", "cases-closed-RETAINED")).count())
        .isEqualTo(1);
    assertThat(tallies.get(TallyKey.of(TallyKey.QUARTER, "2026-Q3", "UNKNOWN", "cases-closed-LOST")).count())
        .isEqualTo(1);
    assertThat(tallies.get(TallyKey.of(TallyKey.CASES, "rejected")).count()).isEqualTo(1);
    assertThat(tallies.get(TallyKey.of(TallyKey.CASES, "events")).count()).isEqualTo(4);
    assertThat(all(ProjectionStores.CASES)).isEmpty();
  }

  @Test
  void shouldNameEveryStoreAndProcessorAndNeedNoRepartition() {
    String description = ProjectionTopology.build(20).describe().toString();
    assertThat(description).contains(ProjectionTopology.CUSTOMER_PROJECTOR, ProjectionTopology.CASE_PROJECTOR,
        ProjectionStores.CUSTOMER_360, ProjectionStores.SEGMENT_INDEX, ProjectionStores.CATEGORY_INDEX,
        ProjectionStores.TALLIES, ProjectionStores.CASES, ProjectionStores.CASE_TALLIES);
    assertThat(description).doesNotContain("KSTREAM-", "KTABLE-", "repartition");
  }
}
