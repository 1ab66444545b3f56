package dev.retention.segmentation.codec;

import static dev.retention.segmentation.Fixtures.complaintOpened;
import static dev.retention.segmentation.Fixtures.complaintResolved;
import static dev.retention.segmentation.Fixtures.contact;
import static dev.retention.segmentation.Fixtures.event;
import static dev.retention.segmentation.Fixtures.item;
import static dev.retention.segmentation.Fixtures.purchase;
import static dev.retention.segmentation.Fixtures.refund;
import static dev.retention.segmentation.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.Severity;
import dev.retention.contracts.events.SurveyMetric;
import dev.retention.segmentation.Fixtures;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.state.CustomerFold;
import dev.retention.segmentation.state.CustomerState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CustomerStateCodecTest {

  private static final CustomerFold FOLD = new CustomerFold(SegmentationConfig.DEFAULTS);

  private static CustomerState fold(List<CloudEvent> events, Instant end) {
    CustomerState state = FOLD.initial();
    for (CloudEvent e : events) {
      state = FOLD.apply(state, e);
    }
    return FOLD.advance(state, end);
  }

  /**
   * A typical customer: 18 months of tenure, a purchase about every 6 weeks (12 in all, 1-3 line items from 5
   * products in 3 categories), a refund, 4 contacts, a resolved complaint, an NPS and a CSAT answer.
   */
  static List<CloudEvent> typicalCustomer() {
    Random random = new Random(42);
    List<CloudEvent> events = new ArrayList<>();
    String[] products = {"sku-10231", "sku-10874", "sku-20519", "sku-33107", "sku-40022"};
    String[] categories = {"books", "music", "music", "games", "books"};
    Instant t = Fixtures.T0;
    for (int i = 0; i < 12; i++) {
      t = t.plus(Duration.ofDays(35 + random.nextInt(14))).plusSeconds(random.nextInt(36_000));
      int p = random.nextInt(5);
      int q = random.nextInt(5);
      events.add(event(t, purchase("64.98", "EUR", item(products[p], categories[p], 1, "39.99"),
          item(products[q], categories[q], 1, "24.99"))));
      if (i == 3) {
        events.add(event(t.plus(Duration.ofDays(4)), refund("24.99", "EUR",
            item(products[q], categories[q], 1, "24.99"))));
        events.add(event(t.plus(Duration.ofDays(2)), complaintOpened("cmp-" + i)));
        events.add(event(t.plus(Duration.ofDays(3)), complaintResolved("cmp-" + i)));
      }
      if (i % 3 == 1) {
        events.add(event(t.plus(Duration.ofDays(1)), contact(ContactChannel.EMAIL, ContactDirection.OUTBOUND)));
      }
      if (i == 5) {
        events.add(event(t.plus(Duration.ofDays(7)), survey(SurveyMetric.NPS, 8)));
        events.add(event(t.plus(Duration.ofDays(7)), survey(SurveyMetric.CSAT, 4)));
      }
    }
    events.sort((a, b) -> a.time().compareTo(b.time()));
    return events;
  }

  @Test
  void shouldReadBackWhatItWrote() {
    List<CloudEvent> events = new ArrayList<>(typicalCustomer());
    events.add(event(Fixtures.days(700), complaintOpened("still-open")));
    events.add(event(Fixtures.day(700.5), contact(ContactChannel.PHONE, ContactDirection.INBOUND)));
    events.add(event(Fixtures.days(701), survey(SurveyMetric.CES, 7)));
    events.add(event(Fixtures.days(702).plusMillis(7), purchase("1.23", "USD")));
    CustomerState state = fold(events, Fixtures.days(702));

    assertThat(CustomerStateCodec.decode(CustomerStateCodec.encode(state))).isEqualTo(state);
    assertThat(CustomerStateCodec.decode(CustomerStateCodec.encode(FOLD.initial()))).isEqualTo(FOLD.initial());
  }

  @Test
  void shouldKeepATypicalCustomerWellUnder400Bytes() {
    List<CloudEvent> events = typicalCustomer();
    Instant end = events.get(events.size() - 1).time();
    byte[] bytes = CustomerStateCodec.encode(fold(events, end));
    byte[] busy = CustomerStateCodec.encode(fold(busyCustomer(), Fixtures.days(730)));

    System.out.printf("customer state: typical customer (%d events) %d bytes; busy customer (weekly purchases for "
        + "two years) %d bytes; empty %d bytes%n", events.size(), bytes.length, busy.length,
        CustomerStateCodec.encode(FOLD.initial()).length);
    assertThat(bytes.length).isLessThan(300);
  }

  @Test
  void shouldRefuseBytesItDidNotWrite() {
    byte[] bytes = CustomerStateCodec.encode(fold(typicalCustomer(), Fixtures.days(600)));

    assertThatThrownBy(() -> CustomerStateCodec.decode(Arrays.copyOf(bytes, bytes.length - 3)))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] future = bytes.clone();
    future[0] = 9;
    assertThatThrownBy(() -> CustomerStateCodec.decode(future)).hasMessageContaining("format version 9");
    assertThatThrownBy(() -> CustomerStateCodec.decode(Arrays.copyOf(bytes, bytes.length + 1)))
        .hasMessageContaining("trailing");
  }

  @Test
  void shouldPinTheEnumOrderTheFormatDependsOn() {
    assertThat(Arrays.stream(ContactChannel.values()).map(Enum::name))
        .as("contact counts are stored in this order; changing it needs a new format version")
        .containsExactly("PHONE", "EMAIL", "SMS", "CHAT", "VISIT", "SOCIAL");
    assertThat(Arrays.stream(ContactDirection.values()).map(Enum::name)).containsExactly("INBOUND", "OUTBOUND");
    assertThat(Arrays.stream(Severity.values()).map(Enum::name))
        .containsExactly("LOW", "MEDIUM", "HIGH", "CRITICAL");
  }

  private static List<CloudEvent> busyCustomer() {
    List<CloudEvent> events = new ArrayList<>();
    for (int week = 0; week < 104; week++) {
      Instant t = Fixtures.T0.plus(Duration.ofDays(7L * week)).plusSeconds(week * 37L);
      events.add(event(t, purchase("23.45", "EUR", item("sku-" + (week % 20), "cat-" + (week % 7), 1, "23.45"))));
      if (week % 4 == 0) {
        events.add(event(t.plusSeconds(3600), contact(ContactChannel.CHAT, ContactDirection.INBOUND)));
      }
    }
    return events;
  }
}
