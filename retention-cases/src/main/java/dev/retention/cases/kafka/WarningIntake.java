package dev.retention.cases.kafka;

import dev.retention.cases.kafka.TopicConsumer.Result;
import dev.retention.cases.model.CaseCommands.OpenCase;
import dev.retention.cases.model.CaseIds;
import dev.retention.cases.model.CaseRuleViolation;
import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ChurnWarningRaised;
import java.time.Clock;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a case per raised churn warning. Idempotent: the case id is derived from the warning id, so a re-delivered
 * warning finds its case already stored and is ignored (and if two deliveries race, the event store refuses the
 * second stream). Escalated and cleared warnings do not open cases.
 */
public final class WarningIntake implements TopicConsumer.Handler<ChurnWarning> {

  private static final Logger LOG = LoggerFactory.getLogger(WarningIntake.class);

  private final CommandGateway commands;
  private final Predicate<String> caseExists;
  private final Clock clock;

  public WarningIntake(CommandGateway commands, Predicate<String> caseExists, Clock clock) {
    this.commands = commands;
    this.caseExists = caseExists;
    this.clock = clock;
  }

  @Override
  public Result handle(String key, ChurnWarning warning) {
    if (!(warning instanceof ChurnWarningRaised raised)) {
      return Result.IGNORED;
    }
    String caseId = CaseIds.forWarning(raised.warningId());
    if (caseExists.test(caseId)) {
      return Result.IGNORED;
    }
    try {
      commands.sendAndWait(new OpenCase(caseId, raised.customerId(), raised.warningId(), raised.valueTier(),
          raised.level(), raised.score(), clock.instant()));
      return Result.ACCEPTED;
    } catch (AggregateStreamCreationException e) {
      return Result.IGNORED;
    } catch (CaseRuleViolation e) {
      LOG.info("warning {} opens no case: {}", raised.warningId(), e.getMessage());
      return Result.IGNORED;
    }
  }
}
