package dev.retention.projection.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.projection.config.ProjectionConfig;
import dev.retention.projection.model.SegmentRow;
import dev.retention.projection.query.Answer;
import dev.retention.projection.query.Cursor;
import dev.retention.projection.query.SegmentPage;
import dev.retention.projection.query.SegmentQuery;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * {@code GET /v1/segments}: customers by tier, risk level, lifecycle stage and category, in index order, a page at a
 * time with an opaque cursor; with {@code Accept: text/csv} every match, streamed page by page.
 */
final class SegmentsHandler implements Handler {

  static final String PATH = "/v1/segments";
  static final int CSV_PAGE = 1000;
  private static final Set<String> TIERS = Params.names(ValueTier.values(), "UNKNOWN");
  private static final Set<String> RISKS = Params.names(RiskLevel.values(), "NONE");
  private static final Set<String> STAGES = Params.names(LifecycleStage.values(), "UNKNOWN");
  private static final String CSV_HEADER =
      "customerId,tier,risk,riskScore,stage,spendLast12Months,currency,lastPurchaseAt,openWarningId,topCategory\n";

  private final QueriesRef queries;
  private final ProjectionConfig config;

  SegmentsHandler(QueriesRef queries, ProjectionConfig config) {
    this.queries = queries;
    this.config = config;
  }

  @Override
  public void handle(Context ctx) {
    SegmentQuery query = new SegmentQuery(Params.oneOf(ctx, "tier", TIERS), Params.oneOf(ctx, "risk", RISKS),
        Params.oneOf(ctx, "stage", STAGES), Params.text(ctx, "category", 256));
    String cursor = ctx.queryParam("cursor");
    String after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor, query)
        .orElseThrow(() -> Params.bad("cursor", "is not a cursor of this query; use the nextCursor of a page"));
    if (Responses.accepts(ctx, "text/csv")) {
      csv(ctx, query, after);
      return;
    }
    int limit = Params.intBetween(ctx, "limit", config.defaultPageSize(), 1, config.maxPageSize());
    Answer<SegmentPage> answer = queries.get().segments(query, after, limit, AnalystAuth.key(ctx));
    SegmentPage page = answer.value();
    ObjectNode body = Responses.object();
    ArrayNode items = body.putArray("items");
    page.rows().forEach(r -> items.add(Responses.JSON.valueToTree(r)));
    body.put("limit", limit);
    body.put("nextCursor", page.complete() || page.keys().isEmpty() ? null
        : Cursor.encode(page.keys().get(page.keys().size() - 1)));
    Responses.json(ctx, body, answer.stale());
  }

  private void csv(Context ctx, SegmentQuery query, String after) {
    Answer<SegmentPage> first = queries.get().segments(query, after, CSV_PAGE, AnalystAuth.key(ctx));
    ctx.header(Answer.STALE_HEADER, Boolean.toString(first.stale()));
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"segment.csv\"");
    try {
      OutputStream out = ctx.res().getOutputStream();
      out.write(CSV_HEADER.getBytes(StandardCharsets.UTF_8));
      SegmentPage page = first.value();
      while (true) {
        StringBuilder chunk = new StringBuilder();
        page.rows().forEach(r -> chunk.append(line(r)));
        out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (page.complete() || page.keys().isEmpty()) {
          break;
        }
        String last = page.keys().get(page.keys().size() - 1);
        page = queries.get().segments(query, last, CSV_PAGE, AnalystAuth.key(ctx)).value();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String line(SegmentRow r) {
    return String.join(",", csvField(r.customerId()), r.tier(), r.risk(), Integer.toString(r.riskScore()),
        r.stage(), r.spendLast12Months() == null ? "" : r.spendLast12Months().amount().toPlainString(),
        r.spendLast12Months() == null ? "" : r.spendLast12Months().currency(),
        r.lastPurchaseAt() == null ? "" : r.lastPurchaseAt().toString(), csvField(r.openWarningId()),
        csvField(r.topCategory())) + "\n";
  }

  /** RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. */
  static String csvField(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return safe.matches(".*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
