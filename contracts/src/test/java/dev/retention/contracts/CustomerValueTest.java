package dev.retention.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactDirection;
import dev.retention.contracts.events.Money;
import dev.retention.contracts.segments.ContactCount;
import dev.retention.contracts.segments.CurrencySpend;
import dev.retention.contracts.segments.CustomerValue;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.LifecycleStageChanged;
import dev.retention.contracts.segments.Preference;
import dev.retention.contracts.segments.RefundSummary;
import dev.retention.contracts.segments.RfmScores;
import dev.retention.contracts.segments.SurveyScores;
import dev.retention.contracts.segments.TierChanged;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The rules of the segmentation records that the JSON Schemas cannot state, and their deterministic order. */
class CustomerValueTest {

  private static final CustomerValue FULL = SegmentExamples.full();

  /** {@link SegmentExamples#full()} with its lists replaced. */
  private static CustomerValue withLists(List<CurrencySpend> byCurrency, List<ContactCount> contacts,
      List<Preference> categories, List<Preference> products) {
    CustomerValue v = FULL;
    return new CustomerValue(v.customerId(), v.asOf(), v.definitionsVersion(), v.firstPurchaseAt(),
        v.lastPurchaseAt(), v.purchaseCount(), v.purchaseCountLast12Months(), v.typicalIntervalDays(), v.spend(),
        v.spendLast12Months(), byCurrency, v.rfmScores(), v.valueTier(), v.frequencyClass(), v.lifecycleStage(),
        v.refunds(), contacts, v.complaints(), v.surveys(), categories, products);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  @Test
  void shouldOrderListsTheSameWhateverTheOrderGiven() {
    CustomerValue shuffled = withLists(reversed(FULL.spendByCurrency()), reversed(FULL.contacts()),
        reversed(FULL.topCategories()), reversed(FULL.topProducts()));

    assertThat(shuffled).isEqualTo(FULL);
    assertThat(FULL.spendByCurrency()).extracting(CurrencySpend::currency).containsExactly("EUR", "USD");
    assertThat(FULL.contacts()).extracting(ContactCount::channel)
        .containsExactly(ContactChannel.PHONE, ContactChannel.EMAIL);
    assertThat(FULL.topCategories()).extracting(Preference::id).containsExactly("books", "music");
  }

  @Test
  void shouldRankPreferencesBySpendThenId() {
    List<Preference> ranked = withLists(FULL.spendByCurrency(), FULL.contacts(), List.of(
        new Preference("c", 1, Money.of("10", "EUR")),
        new Preference("b", 2, Money.of("10.00", "EUR")),
        new Preference("a", 2, Money.of("5", "EUR")),
        new Preference("z", 9, Money.of("1", "EUR"))), List.of()).topCategories();

    assertThat(ranked).extracting(Preference::id).containsExactly("b", "c", "a", "z");
  }

  @Test
  void shouldRefuseMoreTopEntriesThanTheBound() {
    List<Preference> eleven = new ArrayList<>();
    for (int i = 0; i <= CustomerValue.MAX_TOP; i++) {
      eleven.add(new Preference("sku-" + i, 1, Money.of("1", "EUR")));
    }
    assertThatThrownBy(() -> withLists(FULL.spendByCurrency(), FULL.contacts(), List.of(), eleven))
        .hasMessage("topProducts must have at most 10 entries, had 11");
  }

  @Test
  void shouldNameTheFieldAtFault() {
    assertThatThrownBy(() -> withLists(FULL.spendByCurrency(), FULL.contacts(),
        List.of(new Preference("books", 1, Money.of("1", "USD"))), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topCategories[0].spend must be in the reporting currency EUR, was USD");
    assertThatThrownBy(() -> withLists(List.of(), FULL.contacts(), List.of(), List.of()))
        .hasMessageStartingWith("spendByCurrency must have an entry");
    assertThatThrownBy(() -> withLists(FULL.spendByCurrency(),
        List.of(new ContactCount(ContactChannel.SMS, ContactDirection.INBOUND, 1),
            new ContactCount(ContactChannel.SMS, ContactDirection.INBOUND, 3)), List.of(), List.of()))
        .hasMessage("contacts has two entries for SMS INBOUND");
    assertThatThrownBy(() -> new CurrencySpend("EUR", BigDecimal.ONE.negate()))
        .hasMessage("total must be >= 0, was -1");
    assertThatThrownBy(() -> new CurrencySpend("XYZ", BigDecimal.ONE))
        .hasMessage("currency is not an ISO 4217 currency: 'XYZ'");
    assertThatThrownBy(() -> new RfmScores(3, 0, 3)).hasMessage("frequency must be between 1 and 5, was 0");
    assertThatThrownBy(() -> new SurveyScores(null, null, null, null, 3, null))
        .hasMessage("ces and cesAt must be present together");
    assertThatThrownBy(() -> new SurveyScores(null, null, null, null, 8, Instant.EPOCH))
        .hasMessage("ces must be between 1 and 7, was 8");
    assertThatThrownBy(() -> new RefundSummary(0, Money.of("1", "EUR")))
        .hasMessage("amount must be 0 when count is 0, was 1");
  }

  @Test
  void shouldKeepTheReportingCurrencyOfSpend() {
    assertThat(FULL.reportingCurrency()).isEqualTo("EUR");
    assertThat(SegmentExamples.minimal().refunds()).isEqualTo(RefundSummary.none("EUR"));
  }

  @Test
  void shouldComputeRecencyInWholeDaysAtAnyInstant() {
    Instant last = FULL.lastPurchaseAt();   // 2026-02-20T18:15:00Z
    assertThat(FULL.recencyDays(last)).isZero();
    assertThat(FULL.recencyDays(last.plusSeconds(86_399))).isZero();
    assertThat(FULL.recencyDays(last.plusSeconds(86_400 * 40L))).isEqualTo(40);
    assertThat(FULL.recencyDays(last.minusSeconds(86_400 * 3L))).isZero();
  }

  @Test
  void shouldGiveTheClassicRfmCell() {
    assertThat(new RfmScores(5, 4, 1).cell()).isEqualTo("541");
  }

  @Test
  void shouldRefuseAChangeToTheSameSegmentAndAllowAFirstAssignment() {
    Instant at = SegmentExamples.AS_OF;
    assertThatThrownBy(() -> new TierChanged("c1", ValueTier.LOW, ValueTier.LOW, at, "e1", "v1"))
        .hasMessage("to must differ from from, both were LOW");
    assertThatThrownBy(() -> new LifecycleStageChanged("c1", LifecycleStage.NEW, null, at, null, "v1"))
        .hasMessage("to is required");
    assertThatThrownBy(() -> new TierChanged("c1", null, ValueTier.LOW, at, "x".repeat(257), "v1"))
        .hasMessage("causeEventId must be at most 256 characters");
    assertThat(new TierChanged("c1", null, ValueTier.LOW, at, null, "v1").from()).isNull();
  }

  @Test
  void shouldRefuseAVersionLongerThan128Characters() {
    UnaryOperator<String> change = version -> new TierChanged("c1", null, ValueTier.LOW, SegmentExamples.AS_OF,
        null, version).definitionsVersion();
    assertThat(change.apply("v".repeat(128))).hasSize(128);
    assertThatThrownBy(() -> change.apply("v".repeat(129)))
        .hasMessage("definitionsVersion must be at most 128 characters");
  }
}
