package dev.retention.cases.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retention.cases.model.CaseRuleViolation;
import dev.retention.cases.model.InvalidCaseCommand;
import dev.retention.contracts.json.Json;
import dev.retention.contracts.json.JsonErrors;
import dev.retention.runtime.http.BoundedBody;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.modelling.command.AggregateNotFoundException;

/** Reading request bodies and turning case failures into problems: 409 rules, 404 unknown case, 400/422 fields. */
final class CaseProblems {

  static final String TYPE_BASE = "https://retention.dev/problems/";
  private static final ObjectMapper JSON = Json.mapper();
  private static final long MAX_BODY = 16 * 1024;

  private CaseProblems() {}

  static <T> T body(Context ctx, Class<T> type) {
    byte[] bytes = BoundedBody.read(ctx, MAX_BODY, "case command");
    try {
      T value = JSON.readValue(bytes, type);
      if (value == null) {
        throw badRequest("", "the body must be a JSON object");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw badRequest(JsonErrors.path(e), JsonErrors.describe(e));
    } catch (IOException e) {
      throw badRequest("", "the body cannot be read: " + e.getMessage());
    }
  }

  private static ProblemException badRequest(String pointer, String detail) {
    return new ProblemException(Problem.of(400, "The request body is not valid: " + detail)
        .withErrors(List.of(new Problem.FieldError(pointer, detail))));
  }

  static ProblemException unknownCase(String caseId) {
    return new ProblemException(Problem.of(URI.create(TYPE_BASE + "unknown-case"), "Unknown case", 404,
        "There is no case " + caseId + "."));
  }

  /** Runs a command and maps its failures. */
  static <T> T run(String caseId, Callable<T> command) {
    try {
      return command.call();
    } catch (CaseRuleViolation e) {
      throw new ProblemException(Problem.of(URI.create(TYPE_BASE + e.code()), "Case rule violated", 409,
          e.getMessage()).withExtension("code", e.code()));
    } catch (InvalidCaseCommand e) {
      throw new ProblemException(Problem.of(422, e.getMessage())
          .withErrors(List.of(new Problem.FieldError("/" + e.field(), e.getMessage()))));
    } catch (AggregateNotFoundException e) {
      throw unknownCase(caseId);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not writable", e);
    }
  }
}
