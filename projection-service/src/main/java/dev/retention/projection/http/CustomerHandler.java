package dev.retention.projection.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.projection.model.Customer360;
import dev.retention.projection.query.Answer;
import dev.retention.runtime.http.Problem;
import dev.retention.runtime.http.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;

/** {@code GET /v1/customers/{id}}: the 360 from whichever instance owns the customer, with "why at risk". */
final class CustomerHandler implements Handler {

  static final String PATH = "/v1/customers/{id}";

  private final QueriesRef queries;

  CustomerHandler(QueriesRef queries) {
    this.queries = queries;
  }

  @Override
  public void handle(Context ctx) {
    String id = Params.customerId(ctx);
    Answer<Optional<Customer360>> answer = queries.get().customer(id, AnalystAuth.key(ctx));
    Customer360 c = answer.value().orElseThrow(() -> new ProblemException(
        Problem.of(404, "No customer with id '" + id + "' is known.")));
    ObjectNode body = Responses.JSON.valueToTree(c);
    body.set("whyAtRisk", whyAtRisk(c));
    Responses.json(ctx, body, answer.stale());
  }

  /**
   * The reasons of the current risk, most points first, each with its explanation, evidence event ids and measures;
   * the open warning's reasons when no risk record is there yet.
   */
  static ArrayNode whyAtRisk(Customer360 c) {
    List<RiskReason> reasons = c.risk() != null ? c.risk().reasons()
        : c.openWarning() != null ? c.openWarning().reasons() : List.of();
    ArrayNode out = Responses.JSON.createArrayNode();
    reasons.forEach(r -> out.add(Responses.JSON.valueToTree(r)));
    return out;
  }
}
