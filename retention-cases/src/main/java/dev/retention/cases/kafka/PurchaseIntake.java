package dev.retention.cases.kafka;

import dev.retention.cases.kafka.TopicConsumer.Result;
import dev.retention.cases.model.CaseCommands.RecordPurchase;
import dev.retention.cases.model.CaseRuleViolation;
import dev.retention.cases.model.OpenCases;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.events.PurchaseCompleted;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Measures outcomes: a purchase of a customer with an open case is offered to the case (RETAINED in the window). */
public final class PurchaseIntake implements TopicConsumer.Handler<CloudEvent> {

  private final CommandGateway commands;
  private final OpenCases openCases;

  public PurchaseIntake(CommandGateway commands, OpenCases openCases) {
    this.commands = commands;
    this.openCases = openCases;
  }

  @Override
  public Result handle(String key, CloudEvent event) {
    if (event == null || !(event.data() instanceof PurchaseCompleted)) {
      return Result.IGNORED;
    }
    Optional<String> caseId = openCases.openCaseOf(event.subject());
    if (caseId.isEmpty()) {
      return Result.IGNORED;
    }
    try {
      Boolean closed = commands.sendAndWait(new RecordPurchase(caseId.get(), event.id(), event.time()));
      return Boolean.TRUE.equals(closed) ? Result.ACCEPTED : Result.IGNORED;
    } catch (CaseRuleViolation e) {
      return Result.IGNORED;
    }
  }
}
