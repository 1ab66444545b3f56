package dev.retention.segmentation.state;

import static dev.retention.segmentation.Fixtures.complaintOpened;
import static dev.retention.segmentation.Fixtures.complaintResolved;
import static dev.retention.segmentation.Fixtures.contact;
import static dev.retention.segmentation.Fixtures.days;
import static dev.retention.segmentation.Fixtures.event;
import static dev.retention.segmentation.Fixtures.item;
import static dev.retention.segmentation.Fixtures.purchase;
import static dev.retention.segmentation.Fixtures.refund;
import static dev.retention.segmentation.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ComplaintResponded;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.SurveyMetric;
import dev.retention.segmentation.Fixtures;
import dev.retention.segmentation.codec.CustomerStateCodec;
import dev.retention.segmentation.config.MissingExchangeRateException;
import dev.retention.segmentation.config.SegmentationConfig;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CustomerFoldTest {

  private final CustomerFold fold = new CustomerFold(SegmentationConfig.DEFAULTS);

  private CustomerState foldAll(List<CloudEvent> events) {
    CustomerState state = fold.initial();
    for (CloudEvent e : events) {
      state = fold.apply(state, e);
    }
    return state;
  }

  @Test
  void shouldKeepPurchasesAndRefundsInTheReportingCurrencyExactly() {
    CustomerState s = foldAll(List.of(
        event(days(0), purchase("19.99", "USD")),     // 17.1914 -> 17.19
        event(days(1), purchase("10.10", "EUR")),
        event(days(2), purchase("0.01", "GBP")),      // 0.0115 -> 0.01
        event(days(3), refund("5.00", "USD"))));      // 4.30

    assertThat(s.purchases().count()).isEqualTo(3);
    assertThat(s.purchases().spend()).isEqualTo(new BigDecimal("27.30"));
    assertThat(s.purchases().refunded()).isEqualTo(new BigDecimal("4.30"));
    Tally window = s.history().lastDays(364, EventDays.dayOf(days(3)), 2);
    assertThat(window).isEqualTo(new Tally(3, new BigDecimal("27.30"), 1, new BigDecimal("4.30"), 0));
    assertThat(window.netSpend()).isEqualTo(new BigDecimal("23.00"));
    assertThat(s.purchases().first()).isEqualTo(days(0));
    assertThat(s.purchases().last()).isEqualTo(days(2));
  }

  @Test
  void shouldRefuseAnUnknownCurrencyAndChangeNothing() {
    CustomerState before = foldAll(List.of(event(days(0), purchase("10", "EUR"))));
    byte[] bytesBefore = CustomerStateCodec.encode(before);

    assertThatThrownBy(() -> fold.apply(before, event(days(1), purchase("10", "BRL"))))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessageContaining("BRL");
    assertThatThrownBy(() -> fold.apply(before, event(days(1), refund("10", "BRL"))))
        .isInstanceOf(MissingExchangeRateException.class);
    assertThat(CustomerStateCodec.encode(before)).isEqualTo(bytesBefore);
  }

  @Test
  void shouldCountContactsByChannelAndDirection() {
    CustomerState s = foldAll(List.of(
        event(days(0), contact(ContactChannel.PHONE, ContactDirection.INBOUND)),
        event(days(1), contact(ContactChannel.PHONE, ContactDirection.INBOUND)),
        event(days(2), contact(ContactChannel.EMAIL, ContactDirection.OUTBOUND))));

    assertThat(s.contacts().count(ContactChannel.PHONE, ContactDirection.INBOUND)).isEqualTo(2);
    assertThat(s.contacts().count(ContactChannel.EMAIL, ContactDirection.OUTBOUND)).isEqualTo(1);
    assertThat(s.contacts().count(ContactChannel.PHONE, ContactDirection.OUTBOUND)).isZero();
    assertThat(s.contacts().count(ContactDirection.INBOUND)).isEqualTo(2);
    assertThat(s.contacts().total()).isEqualTo(3);
    assertThat(s.contacts().last()).isEqualTo(days(2));
    assertThat(s.history().lastDays(90, EventDays.dayOf(days(2)), 2).contacts()).isEqualTo(3);
  }

  @Test
  void shouldTrackOpenAndResolvedComplaints() {
    CustomerState s = foldAll(List.of(
        event(days(0), complaintOpened("k-1")),
        event(days(1), complaintOpened("k-2")),
        event(days(2), new ComplaintResponded("k-1", ContactChannel.EMAIL, "agent-1")),
        event(days(3), complaintResolved("k-1"))));

    assertThat(s.complaints().open()).extracting(OpenComplaint::complaintId).containsExactly("k-2");
    assertThat(s.complaints().opened()).isEqualTo(2);
    assertThat(s.complaints().resolved()).isEqualTo(1);
    assertThat(s.complaints().open().get(0).openedAt()).isEqualTo(days(1));
  }

  @Test
  void shouldKeepTheLatestAnswerOfEachSurveyMetricByEventTime() {
    CustomerState s = foldAll(List.of(
        event(days(5), survey(SurveyMetric.NPS, 9)),
        event(days(3), survey(SurveyMetric.NPS, 2)),   // late: older than the answer we have
        event(days(4), survey(SurveyMetric.CSAT, 4))));

    assertThat(s.surveys().nps()).isEqualTo(new SurveyScore(9, days(5)));
    assertThat(s.surveys().csat()).isEqualTo(new SurveyScore(4, days(4)));
    assertThat(s.surveys().ces()).isNull();
  }

  @Test
  void shouldRankCategoriesAndProductsByConvertedLineSpend() {
    CustomerState s = foldAll(List.of(
        event(days(0), purchase("60.00", "EUR", item("sku-1", "books", 2, "20.00"), item("sku-2", "music", 1,
            "20.00"))),
        event(days(1), purchase("50.00", "USD", item("sku-3", "music", 1, "50.00"))),   // 43.00 EUR
        event(days(2), refund("20.00", "EUR", item("sku-1", "books", 1, "20.00")))));

    assertThat(s.categories().top(5)).containsExactly(
        new RankedItem("music", 2, new BigDecimal("63.00")), new RankedItem("books", 1, new BigDecimal("20.00")));
    assertThat(s.products().top(5)).extracting(RankedItem::key).containsExactly("sku-3", "sku-1", "sku-2");
  }

  @Test
  void shouldIgnoreCustomerProfileEvents() {
    CustomerState s = fold.apply(fold.initial(), CloudEvent.of("x", "crm", Fixtures.CUSTOMER, days(0),
        new ConsentChanged(null, null, ConsentStatus.WITHDRAWN)));

    assertThat(s).isEqualTo(fold.initial());
  }

  @Test
  void shouldUseEventTimeToTheMillisecond() {
    CustomerState s = fold.apply(fold.initial(),
        event(Instant.parse("2026-01-05T10:00:00.123456789Z"), purchase("1")));

    assertThat(s.purchases().last()).isEqualTo(Instant.parse("2026-01-05T10:00:00.123Z"));
  }

  @Test
  void shouldFoldTheSameEventsInTheSameOrderIntoEqualStates() {
    List<CloudEvent> events = busyCustomer(new Random(11));

    CustomerState once = foldAll(events);
    CustomerState twice = foldAll(events);

    assertThat(twice).isEqualTo(once);
    assertThat(CustomerStateCodec.encode(twice)).isEqualTo(CustomerStateCodec.encode(once));
  }

  @Test
  void shouldFoldEverythingButPreferencesToTheSameStateInAnyOrder() {
    List<CloudEvent> events = busyCustomer(new Random(12));
    List<CloudEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(13));
    Instant end = days(800);

    CustomerState a = fold.advance(foldAll(events), end);
    CustomerState b = fold.advance(foldAll(shuffled), end);

    assertThat(b.history()).isEqualTo(a.history());
    assertThat(b.purchases()).isEqualTo(a.purchases());
    assertThat(b.contacts()).isEqualTo(a.contacts());
    assertThat(b.surveys().nps().at()).isEqualTo(a.surveys().nps().at());
  }

  /** Two years of purchases every 5 to 40 days, contacts and surveys, in time order. */
  static List<CloudEvent> busyCustomer(Random random) {
    List<CloudEvent> events = new ArrayList<>();
    long minute = 0;
    while (minute < 730L * 24 * 60) {
      minute += (5 + random.nextInt(35)) * 24 * 60 + random.nextInt(600);
      Instant t = Fixtures.T0.plusSeconds(minute * 60);
      String price = (10 + random.nextInt(90)) + "." + (10 + random.nextInt(90));
      events.add(event(t, purchase(price, "EUR", item("sku-" + random.nextInt(6), "cat-" + random.nextInt(3), 1,
          price))));
      if (random.nextInt(5) == 0) {
        events.add(event(t.plusSeconds(3600), contact(ContactChannel.EMAIL, ContactDirection.OUTBOUND)));
      }
      if (random.nextInt(8) == 0) {
        events.add(event(t.plusSeconds(7200), survey(SurveyMetric.NPS, random.nextInt(11))));
      }
    }
    return events;
  }
}
