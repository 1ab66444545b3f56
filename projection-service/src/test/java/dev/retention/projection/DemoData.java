package dev.retention.projection;

import static dev.retention.projection.Fixtures.days;

import dev.retention.contracts.churn.ChurnRisk;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.OrderKind;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topics;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A small population produced to the input topics exactly as the upstream services write them: customer {@code i}
 * has tier {@code i % 3}, risk HIGH for every fourth customer (with a raised warning), purchases in two months, and
 * one NPS answer.
 */
public final class DemoData {

  public static final ValueTier[] TIERS = {ValueTier.HIGH, ValueTier.MEDIUM, ValueTier.LOW};

  private DemoData() {}

  public static String id(int i) {
    return String.format("cust-%03d", i);
  }

  public static boolean atRisk(int i) {
    return i % 4 == 0;
  }

  public static void produce(TestKafka kafka, int customers) {
    List<TimedRecord<String, CustomerProfile>> profiles = new ArrayList<>();
    List<TimedRecord<String, CustomerValue>> values = new ArrayList<>();
    List<TimedRecord<String, ChurnRisk>> risks = new ArrayList<>();
    List<TimedRecord<String, ChurnWarning>> warnings = new ArrayList<>();
    List<TimedRecord<String, CloudEvent>> events = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      String id = id(i);
      profiles.add(TimedRecord.of(id, Fixtures.profile(id, "Customer " + i), days(0)));
      events.add(TimedRecord.of(id, Fixtures.purchase(id + "-p1", id, days(1), "100", OrderKind.ORDER), days(1)));
      events.add(TimedRecord.of(id, Fixtures.purchase(id + "-p2", id, days(35), "50",
          i % 2 == 0 ? OrderKind.RENEWAL : OrderKind.UPSELL), days(35)));
      events.add(TimedRecord.of(id, Fixtures.nps(id + "-s1", id, days(36), i % 11), days(36)));
      values.add(TimedRecord.of(id, Fixtures.value(id, TIERS[i % 3], atRisk(i) ? LifecycleStage.AT_RISK
          : LifecycleStage.ACTIVE, 2, "150", days(40), i % 2 == 0 ? "books" : "garden"), days(40)));
      if (atRisk(i)) {
        RiskReason reason = Fixtures.reason(RiskSignal.PURCHASE_OVERDUE, 80,
            "No purchase for 120 days, 3.0x the usual 40 days", id + "-p2");
        risks.add(TimedRecord.of(id, Fixtures.risk(id, RiskLevel.HIGH, 80, days(41), reason), days(41)));
        warnings.add(TimedRecord.of(id, Fixtures.raised(id, "w-" + id, days(41), reason), days(41)));
      }
    }
    produce(kafka, Topics.CUSTOMERS, profiles);
    produce(kafka, Topics.INTERACTIONS, events);
    produce(kafka, Topics.CUSTOMER_VALUE, values);
    produce(kafka, Topics.CHURN_RISK, risks);
    produce(kafka, Topics.CHURN_WARNINGS, warnings);
  }

  public static <V> void produce(TestKafka kafka, Topic<String, V> topic, List<TimedRecord<String, V>> records) {
    kafka.produce(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer(), records);
  }
}
