package dev.retention.cases.model;

import dev.retention.cases.model.CaseCommands.AssignOwner;
import dev.retention.cases.model.CaseCommands.CloseCase;
import dev.retention.cases.model.CaseCommands.EscalateCase;
import dev.retention.cases.model.CaseCommands.LogOutreach;
import dev.retention.cases.model.CaseCommands.OfferIncentive;
import dev.retention.cases.model.CaseCommands.OpenCase;
import dev.retention.cases.model.CaseCommands.RecordPurchase;
import dev.retention.cases.model.CaseCommands.ScheduleFollowUp;
import dev.retention.cases.model.CaseEvents.CaseClosed;
import dev.retention.cases.model.CaseEvents.CaseEscalated;
import dev.retention.cases.model.CaseEvents.CaseOpened;
import dev.retention.cases.model.CaseEvents.FollowUpScheduled;
import dev.retention.cases.model.CaseEvents.IncentiveOffered;
import dev.retention.cases.model.CaseEvents.OutreachLogged;
import dev.retention.cases.model.CaseEvents.OwnerAssigned;
import dev.retention.cases.model.Deadlines.FirstContactDue;
import dev.retention.cases.model.Deadlines.FollowUpDue;
import dev.retention.cases.model.Deadlines.OutcomeWindowEnds;
import dev.retention.cases.policy.StandardContactPolicy;
import dev.retention.cases.policy.StandardContactPolicy.FrequencyCap;
import dev.retention.cases.support.InMemoryContacts;
import dev.retention.cases.support.InMemoryOpenCases;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.ConsentChanged;
import dev.retention.contracts.events.ConsentStatus;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.profiles.CustomerProfile;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionCaseTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final String CASE = "case-w-1";
  private static final String CUSTOMER = "c-1";
  private static final Playbook HIGH = Playbooks.DEFAULTS.forTier(ValueTier.HIGH);

  private AggregateTestFixture<RetentionCase> fixture;
  private InMemoryOpenCases openCases;
  private InMemoryContacts contacts;

  @BeforeEach
  void setUp() {
    openCases = new InMemoryOpenCases();
    contacts = new InMemoryContacts();
    fixture = new AggregateTestFixture<>(RetentionCase.class);
    fixture.registerInjectableResource(Playbooks.DEFAULTS);
    fixture.registerInjectableResource(openCases);
    fixture.registerInjectableResource(
        new StandardContactPolicy(contacts, contacts, new FrequencyCap(2, Duration.ofDays(7))));
  }

  private static OpenCase open(ValueTier tier) {
    return new OpenCase(CASE, CUSTOMER, "w-1", tier, RiskLevel.HIGH, 80, T0);
  }

  private static CaseOpened opened() {
    return new CaseOpened(CASE, CUSTOMER, T0, "w-1", ValueTier.HIGH, HIGH.name(), HIGH.ownerRole(), HIGH.manager(),
        RiskLevel.HIGH, 80, T0.plus(Duration.ofHours(24)), Duration.ofDays(7), T0.plus(Duration.ofDays(90)));
  }

  private static CaseClosed closed(Outcome outcome, Instant at) {
    return new CaseClosed(CASE, CUSTOMER, at, outcome, HIGH.name(), ValueTier.HIGH, "done", null, false);
  }

  private static LogOutreach call(Instant at, ContactPurpose purpose) {
    return new LogOutreach(CASE, ContactChannel.PHONE, purpose, ContactOutcome.REACHED, "talked", "ann", at);
  }

  @Test
  void shouldOpenACaseUnderTheTiersPlaybookWithItsDeadlines() {
    fixture.givenNoPriorActivity()
        .when(open(ValueTier.HIGH))
        .expectEvents(opened())
        .expectScheduledDeadline(T0.plus(Duration.ofHours(24)), new FirstContactDue(T0.plus(Duration.ofHours(24))))
        .expectScheduledDeadline(T0.plus(Duration.ofDays(90)), new OutcomeWindowEnds(T0.plus(Duration.ofDays(90))));
  }

  @Test
  void shouldPickTheMediumPlaybookWhenTheWarningHasNoTier() {
    Playbook medium = Playbooks.DEFAULTS.forTier(ValueTier.MEDIUM);
    fixture.givenNoPriorActivity()
        .when(open(null))
        .expectEvents(new CaseOpened(CASE, CUSTOMER, T0, "w-1", null, medium.name(), "sales-rep", "sales-lead",
            RiskLevel.HIGH, 80, T0.plus(Duration.ofHours(72)), Duration.ofDays(30), T0.plus(Duration.ofDays(90))));
  }

  @Test
  void shouldRefuseASecondOpenCaseForTheSameCustomer() {
    openCases.reserve(CUSTOMER, "case-w-0");
    fixture.givenNoPriorActivity()
        .when(open(ValueTier.HIGH))
        .expectException(CaseRuleViolation.class)
        .expectExceptionMessage("customer c-1 already has an open case: case-w-0");
  }

  @Test
  void shouldAllowANewCaseOnceThePreviousOneIsClosed() {
    openCases.reserve(CUSTOMER, "case-w-0");
    openCases.release(CUSTOMER, "case-w-0");
    fixture.givenNoPriorActivity().when(open(ValueTier.HIGH)).expectEvents(opened());
  }

  @Test
  void shouldRefuseAnOpenWithoutCustomerNamingTheField() {
    fixture.givenNoPriorActivity()
        .when(new OpenCase(CASE, " ", "w-1", ValueTier.HIGH, RiskLevel.HIGH, 80, T0))
        .expectException(InvalidCaseCommand.class)
        .expectExceptionMessage("customerId is required");
  }

  @Test
  void shouldAssignAnOwnerAndKeepThePlaybookManagerWhenNoneIsGiven() {
    fixture.given(opened())
        .when(new AssignOwner(CASE, "ann", null, T0.plusSeconds(60)))
        .expectEvents(new OwnerAssigned(CASE, CUSTOMER, T0.plusSeconds(60), "ann", HIGH.manager()));
  }

  @Test
  void shouldLogTheFirstOutreachAndPlanTheWeeklyFollowUp() {
    Instant at = T0.plus(Duration.ofHours(2));
    Instant due = at.plus(Duration.ofDays(7));
    fixture.given(opened())
        .when(call(at, ContactPurpose.CARE))
        .expectEvents(
            new OutreachLogged(CASE, CUSTOMER, at, ContactChannel.PHONE, ContactPurpose.CARE, ContactOutcome.REACHED,
                "talked", "ann", true),
            new FollowUpScheduled(CASE, CUSTOMER, at, CASE + "/follow-up-1", due, "playbook cadence", true))
        .expectScheduledDeadline(due, new FollowUpDue(CASE + "/follow-up-1", due));
  }

  @Test
  void shouldMarkOnlyTheFirstOutreachAsFirstContact() {
    Instant first = T0.plus(Duration.ofHours(2));
    Instant second = T0.plus(Duration.ofDays(3));
    fixture.givenCurrentTime(T0)
        .andGivenCommands(open(ValueTier.HIGH), call(first, ContactPurpose.SERVICE))
        .when(call(second, ContactPurpose.SERVICE))
        .expectEvents(
            new OutreachLogged(CASE, CUSTOMER, second, ContactChannel.PHONE, ContactPurpose.SERVICE,
                ContactOutcome.REACHED, "talked", "ann", false),
            new FollowUpScheduled(CASE, CUSTOMER, second, CASE + "/follow-up-2", second.plus(Duration.ofDays(7)),
                "playbook cadence", true));
  }

  @Test
  void shouldRefuseOutreachToADoNotContactCustomer() {
    contacts.put(CUSTOMER, consent(null, null, ConsentStatus.WITHDRAWN));
    fixture.given(opened())
        .when(call(T0.plusSeconds(60), ContactPurpose.CARE))
        .expectException(CaseRuleViolation.class)
        .expectExceptionMessage("DO_NOT_CONTACT: customer c-1 asked not to be contacted at all");
  }

  @Test
  void shouldRefuseOutreachOnAChannelWhoseConsentWasWithdrawn() {
    contacts.put(CUSTOMER, consent(ContactChannel.PHONE, null, ConsentStatus.WITHDRAWN));
    fixture.given(opened())
        .when(call(T0.plusSeconds(60), ContactPurpose.CARE))
        .expectException(CaseRuleViolation.class)
        .expectExceptionMessage("CONSENT_WITHDRAWN: customer c-1 withdrew consent to PHONE contact for CARE");
  }

  @Test
  void shouldAllowOutreachOnAnotherChannelThanTheWithdrawnOne() {
    contacts.put(CUSTOMER, consent(ContactChannel.EMAIL, null, ConsentStatus.WITHDRAWN));
    fixture.given(opened())
        .when(call(T0.plusSeconds(60), ContactPurpose.CARE))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void shouldRefuseAThirdMarketingContactWithinSevenDays() {
    fixture.givenCurrentTime(T0)
        .andGivenCommands(open(ValueTier.HIGH), call(T0.plus(Duration.ofHours(1)), ContactPurpose.CARE),
            call(T0.plus(Duration.ofDays(2)), ContactPurpose.PROMOTION))
        .when(call(T0.plus(Duration.ofDays(5)), ContactPurpose.PROMOTION))
        .expectException(CaseRuleViolation.class)
        .expectExceptionMessage("FREQUENCY_CAP: customer c-1 had 2 marketing contacts in the 7 days before "
            + T0.plus(Duration.ofDays(5)) + "; at most 2 are allowed");
  }

  @Test
  void shouldAllowServiceContactsAndContactsAfterTheCapWindow() {
    fixture.givenCurrentTime(T0)
        .andGivenCommands(open(ValueTier.HIGH), call(T0.plus(Duration.ofHours(1)), ContactPurpose.CARE),
            call(T0.plus(Duration.ofDays(2)), ContactPurpose.PROMOTION),
            call(T0.plus(Duration.ofDays(3)), ContactPurpose.SERVICE))
        .when(call(T0.plus(Duration.ofDays(8)), ContactPurpose.PROMOTION))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void shouldOfferAnIncentive() {
    fixture.given(opened())
        .when(new OfferIncentive(CASE, "coupon", new BigDecimal("10.00"), T0.plusSeconds(5)))
        .expectEvents(new IncentiveOffered(CASE, CUSTOMER, T0.plusSeconds(5), "coupon", new BigDecimal("10.00")));
  }

  @Test
  void shouldRefuseANegativeIncentive() {
    fixture.given(opened())
        .when(new OfferIncentive(CASE, "coupon", new BigDecimal("-1"), T0.plusSeconds(5)))
        .expectException(InvalidCaseCommand.class);
  }

  @Test
  void shouldScheduleAFollowUpByHand() {
    Instant due = T0.plus(Duration.ofDays(2));
    fixture.given(opened())
        .when(new ScheduleFollowUp(CASE, due, "call back", T0.plusSeconds(5)))
        .expectEvents(new FollowUpScheduled(CASE, CUSTOMER, T0.plusSeconds(5), CASE + "/follow-up-1", due,
            "call back", false))
        .expectScheduledDeadline(due, new FollowUpDue(CASE + "/follow-up-1", due));
  }

  @Test
  void shouldRefuseAFollowUpInThePast() {
    fixture.given(opened())
        .when(new ScheduleFollowUp(CASE, T0.minusSeconds(1), "late", T0))
        .expectException(InvalidCaseCommand.class)
        .expectExceptionMessage("dueAt must be in the future, was " + T0.minusSeconds(1) + " at " + T0);
  }

  @Test
  void shouldEscalateByHandToTheManager() {
    fixture.given(opened(), new OwnerAssigned(CASE, CUSTOMER, T0, "ann", "bob"))
        .when(new EscalateCase(CASE, "customer threatens to leave", T0.plusSeconds(5)))
        .expectEvents(new CaseEscalated(CASE, CUSTOMER, T0.plusSeconds(5), EscalationReason.MANUAL, "bob", "ann",
            null, "customer threatens to leave"));
  }

  @Test
  void shouldCloseWithAnOutcomeAndFreeTheCustomer() {
    openCases.reserve(CUSTOMER, CASE);
    fixture.given(opened())
        .when(new CloseCase(CASE, Outcome.FALSE_ALARM, "done", T0.plusSeconds(5)))
        .expectEvents(closed(Outcome.FALSE_ALARM, T0.plusSeconds(5)));
    org.assertj.core.api.Assertions.assertThat(openCases.openCaseOf(CUSTOMER)).isEmpty();
  }

  @Test
  void shouldRecordAnOutcomeOnlyOnce() {
    fixture.given(opened(), closed(Outcome.LOST, T0.plusSeconds(5)))
        .when(new CloseCase(CASE, Outcome.RETAINED, "changed my mind", T0.plusSeconds(10)))
        .expectException(CaseRuleViolation.class)
        .expectExceptionMessage("case case-w-1 already has its outcome LOST; an outcome is recorded only once");
  }

  @Test
  void shouldRefuseEveryActionOnAClosedCase() {
    Object[] actions = {
        new AssignOwner(CASE, "ann", null, T0.plusSeconds(9)),
        call(T0.plusSeconds(9), ContactPurpose.CARE),
        new OfferIncentive(CASE, "coupon", BigDecimal.ONE, T0.plusSeconds(9)),
        new ScheduleFollowUp(CASE, T0.plus(Duration.ofDays(1)), "x", T0.plusSeconds(9)),
        new EscalateCase(CASE, "x", T0.plusSeconds(9)),
        new RecordPurchase(CASE, "e-1", T0.plusSeconds(9))};
    for (Object action : actions) {
      fixture.given(opened(), closed(Outcome.UNREACHABLE, T0.plusSeconds(5)))
          .when(action)
          .expectException(CaseRuleViolation.class)
          .expectExceptionMessage("case case-w-1 is closed; no further actions are accepted");
    }
  }

  @Test
  void shouldEscalateAMissedFirstContactWhenItsDeadlinePasses() {
    Instant due = T0.plus(Duration.ofHours(24));
    fixture.givenCurrentTime(T0)
        .andGivenCommands(open(ValueTier.HIGH))
        .whenThenTimeElapses(Duration.ofHours(25))
        .expectDeadlinesMet(new FirstContactDue(due))
        .expectEvents(new CaseEscalated(CASE, CUSTOMER, due, EscalationReason.FIRST_CONTACT_MISSED,
            HIGH.manager(), null, null, "no contact by " + due));
  }

  @Test
  void shouldNotEscalateWhenTheFirstContactWasMadeInTime() {
    fixture.givenCurrentTime(T0)
        .andGivenCommands(open(ValueTier.HIGH), call(T0.plus(Duration.ofHours(3)), ContactPurpose.CARE))
        .whenThenTimeElapses(Duration.ofHours(25))
        .expectDeadlinesMet(new FirstContactDue(T0.plus(Duration.ofHours(24))))
        .expectNoEvents();
  }

  @Test
  void shouldEscalateAMissedFollowUpToTheOwnersManager() {
    Instant contact = T0.plus(Duration.ofHours(3));
    Instant due = contact.plus(Duration.ofDays(7));
    fixture.givenCurrentTime(T0)
        .andGivenCommands(open(ValueTier.HIGH), new AssignOwner(CASE, "ann", "bob", T0.plusSeconds(1)),
            call(contact, ContactPurpose.CARE))
        .whenThenTimeAdvancesTo(due.plusSeconds(1))
        .expectEvents(new CaseEscalated(CASE, CUSTOMER, due, EscalationReason.FOLLOW_UP_MISSED, "bob", "ann",
            CASE + "/follow-up-1", "follow-up due " + due + " missed"));
  }

  @Test
  void shouldCloseRetainedOnAPurchaseWithinTheWindow() {
    Instant bought = T0.plus(Duration.ofDays(10));
    fixture.given(opened())
        .when(new RecordPurchase(CASE, "purchase-1", bought))
        .expectResultMessagePayload(true)
        .expectEvents(new CaseClosed(CASE, CUSTOMER, bought, Outcome.RETAINED, HIGH.name(), ValueTier.HIGH,
            "purchase within the outcome window", "purchase-1", true));
  }

  @Test
  void shouldIgnoreAPurchaseBeforeTheCaseOpened() {
    fixture.given(opened())
        .when(new RecordPurchase(CASE, "purchase-0", T0.minusSeconds(60)))
        .expectResultMessagePayload(false)
        .expectNoEvents();
  }

  @Test
  void shouldCloseLostWhenTheOutcomeWindowEndsWithoutAPurchase() {
    Instant firstDue = T0.plus(Duration.ofHours(24));
    Instant end = T0.plus(Duration.ofDays(90));
    fixture.givenCurrentTime(T0)
        .andGivenCommands(open(ValueTier.HIGH))
        .whenThenTimeAdvancesTo(end)
        .expectDeadlinesMet(new FirstContactDue(firstDue), new OutcomeWindowEnds(end))
        .expectEvents(
            new CaseEscalated(CASE, CUSTOMER, firstDue, EscalationReason.FIRST_CONTACT_MISSED, HIGH.manager(), null,
                null, "no contact by " + firstDue),
            new CaseClosed(CASE, CUSTOMER, end, Outcome.LOST, HIGH.name(), ValueTier.HIGH,
                "outcome window ended without a purchase", null, true));
  }

  private static CustomerProfile consent(ContactChannel channel, ContactPurpose purpose, ConsentStatus status) {
    return CustomerProfile.unknown(CUSTOMER).apply(CloudEvent.of("e-consent", "crm", CUSTOMER, T0.minusSeconds(3600),
        new ConsentChanged(channel, purpose, status)));
  }
}
