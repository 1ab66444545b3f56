package dev.retention.cases.http;

import dev.retention.cases.config.ApiUsers;
import dev.retention.cases.model.CaseCommands.AssignOwner;
import dev.retention.cases.model.CaseCommands.CloseCase;
import dev.retention.cases.model.CaseCommands.EscalateCase;
import dev.retention.cases.model.CaseCommands.LogOutreach;
import dev.retention.cases.model.CaseCommands.OfferIncentive;
import dev.retention.cases.model.CaseCommands.ScheduleFollowUp;
import dev.retention.cases.model.Outcome;
import dev.retention.cases.store.CaseEngine;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * POST /v1/cases/{caseId}/{action}: the case commands. Agents act on the cases they own (and may take an unowned
 * case by assigning it to themselves); managers on every case. Answers 200 with the case's new event count.
 */
public final class CaseCommandHandlers {

  public record AssignBody(String owner, String manager) {}

  public record OutreachBody(ContactChannel channel, ContactPurpose purpose, ContactOutcome result, String note) {}

  public record IncentiveBody(String kind, BigDecimal value) {}

  public record FollowUpBody(Instant dueAt, String note) {}

  public record EscalationBody(String reason) {}

  public record CloseBody(Outcome outcome, String note) {}

  private final CaseEngine engine;
  private final ApiUsers users;
  private final Clock clock;

  public CaseCommandHandlers(CaseEngine engine, ApiUsers users, Clock clock) {
    this.engine = engine;
    this.users = users;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.post("/v1/cases/{caseId}/owner", ctx -> act(ctx, AssignBody.class, (b) -> {
      Caller caller = Caller.of(ctx, users);
      String owner = caseOwner(ctx);
      boolean takingUnowned = owner == null && caller.user().equals(b.owner());
      if (!caller.isManager() && !takingUnowned) {
        throw new ProblemException(Problem.of(403, "Only a manager may assign a case, or an agent take an unowned "
            + "case for themselves."));
      }
      return new AssignOwner(caseId(ctx), b.owner(), b.manager(), clock.instant());
    }, false));
    routes.post("/v1/cases/{caseId}/outreach", ctx -> act(ctx, OutreachBody.class,
        b -> new LogOutreach(caseId(ctx), b.channel(), b.purpose(), b.result(), b.note(),
            Caller.of(ctx, users).user(), clock.instant()), true));
    routes.post("/v1/cases/{caseId}/incentives", ctx -> act(ctx, IncentiveBody.class,
        b -> new OfferIncentive(caseId(ctx), b.kind(), b.value(), clock.instant()), true));
    routes.post("/v1/cases/{caseId}/follow-ups", ctx -> act(ctx, FollowUpBody.class,
        b -> new ScheduleFollowUp(caseId(ctx), b.dueAt(), b.note(), clock.instant()), true));
    routes.post("/v1/cases/{caseId}/escalations", ctx -> act(ctx, EscalationBody.class,
        b -> new EscalateCase(caseId(ctx), b.reason(), clock.instant()), true));
    routes.post("/v1/cases/{caseId}/close", ctx -> act(ctx, CloseBody.class,
        b -> new CloseCase(caseId(ctx), b.outcome(), b.note(), clock.instant()), true));
  }

  private <B> void act(Context ctx, Class<B> bodyType, Function<B, Object> command, boolean ownerOnly) {
    Caller caller = Caller.of(ctx, users);
    String caseId = caseId(ctx);
    if (!engine.exists(caseId)) {
      throw CaseProblems.unknownCase(caseId);
    }
    if (ownerOnly) {
      caller.requireOwnerOrManager(caseId, caseOwner(ctx));
    }
    B body = CaseProblems.body(ctx, bodyType);
    Object cmd = command.apply(body);
    CaseProblems.run(caseId, () -> engine.commands().sendAndWait(cmd));
    CaseProblems.json(ctx, 200, Map.of("caseId", caseId, "events", engine.history(caseId).size()));
  }

  private String caseOwner(Context ctx) {
    return engine.owner(caseId(ctx)).orElse(null);
  }

  private static String caseId(Context ctx) {
    return ctx.pathParam("caseId");
  }
}
