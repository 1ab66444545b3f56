package dev.retention.cases.automation;

import dev.retention.cases.model.CaseCommands.LogOutreach;
import dev.retention.cases.model.CaseCommands.OfferIncentive;
import dev.retention.cases.model.CaseRuleViolation;
import dev.retention.cases.projection.CaseSummary;
import dev.retention.cases.projection.CaseViews;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the cases of automated playbooks (owner role {@value #ROLE}, the LOW tier by default): the first contact is a
 * care message with a coupon, sent as soon as the case opens; each follow-up the playbook's cadence makes due is a
 * care message sent shortly before it is due. Every message goes through the same {@code LogOutreach} command as a
 * person's contact, so the contact policy applies: a customer who must not be contacted, or has been contacted
 * enough, is refused (and tried again at the next look, as the cap may have passed); the case then misses its
 * deadline and escalates to the playbook's manager, who decides: an escalated case is no longer automated, and neither
 * is one a person was assigned to.
 */
public final class AutomatedOutreach {

  /** The owner role of playbooks worked by this component. */
  public static final String ROLE = "automated-outreach";
  private static final Logger LOG = LoggerFactory.getLogger(AutomatedOutreach.class);
  private static final int BATCH = 500;

  private final CaseViews views;
  private final CommandGateway commands;
  private final Clock clock;
  private final AutomationConfig config;
  private final Counter sent;
  private final Counter refused;

  public AutomatedOutreach(CaseViews views, CommandGateway commands, Clock clock, AutomationConfig config,
      MeterRegistry meters) {
    this.views = views;
    this.commands = commands;
    this.clock = clock;
    this.config = config;
    this.sent = Counter.builder("retention_cases_automated_outreach").tag("result", "sent")
        .description("Automated care messages sent for automated playbooks").register(meters);
    this.refused = Counter.builder("retention_cases_automated_outreach").tag("result", "refused")
        .description("Automated care messages the contact policy refused").register(meters);
  }

  /**
   * Sends what is due now: first contacts of new automated cases, and follow-ups due within the lead time.
   *
   * @return how many messages were sent
   */
  public int sendDue() {
    Instant now = clock.instant();
    List<CaseSummary> due = views.automatedDue(ROLE, now.plus(config.followUpLead()), BATCH);
    int count = 0;
    for (CaseSummary c : due) {
      boolean first = c.firstContactAt() == null;
      try {
        commands.sendAndWait(new LogOutreach(c.caseId(), config.channel(), ContactPurpose.CARE,
            ContactOutcome.REACHED, first ? config.firstMessage() : config.followUpMessage(), ROLE, now));
        if (first && config.couponValue().signum() > 0) {
          commands.sendAndWait(new OfferIncentive(c.caseId(), "coupon", config.couponValue(), now));
        }
        sent.increment();
        count++;
      } catch (CaseRuleViolation e) {
        // refused by the contact policy or the case closed meanwhile: the deadline decides what happens next
        refused.increment();
        LOG.info("automated outreach for case {} not sent: {}", c.caseId(), e.getMessage());
      }
    }
    return count;
  }

  /**
   * The automation's settings.
   *
   * @param followUpLead a follow-up is sent this long before it is due, so the sweep comes before the deadline
   */
  public record AutomationConfig(ContactChannel channel, String firstMessage, String followUpMessage,
      BigDecimal couponValue, Duration followUpLead) {}
}
