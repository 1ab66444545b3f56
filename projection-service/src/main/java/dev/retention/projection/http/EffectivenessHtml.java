package dev.retention.projection.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The effectiveness report as a printable, self-contained HTML page. */
final class EffectivenessHtml {

  private static final List<String[]> COLUMNS = List.of(
      new String[] {"tier", "Tier"}, new String[] {"interactions", "Activity"},
      new String[] {"purchases", "Purchases"}, new String[] {"revenue", "Revenue"},
      new String[] {"repurchaseRate", "Repurchase rate"}, new String[] {"renewalRate", "Renewal rate"},
      new String[] {"upsellAmount", "Upsell"}, new String[] {"nps", "NPS"},
      new String[] {"warningsRaised", "Warnings raised"}, new String[] {"warningsCleared", "Warnings cleared"},
      new String[] {"casesOpened", "Cases"}, new String[] {"saveRate", "Save rate"});

  private EffectivenessHtml() {}

  static String render(ObjectNode report) {
    StringBuilder html = new StringBuilder()
        .append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Retention effectiveness ")
        .append(esc(report.get("quarter").asText()))
        .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
            + "th,td{border:1px solid #999;padding:4px 8px;text-align:right}th:first-child,td:first-child"
            + "{text-align:left}@media print{body{margin:0}}</style></head><body>")
        .append("<h1>Retention effectiveness, ").append(esc(report.get("quarter").asText())).append("</h1>")
        .append("<table id=\"tiers\"><thead><tr>");
    COLUMNS.forEach(c -> html.append("<th>").append(c[1]).append("</th>"));
    html.append("</tr></thead><tbody>");
    for (JsonNode row : report.get("tiers")) {
      html.append("<tr>");
      COLUMNS.forEach(c -> html.append("<td>").append(cell(row.get(c[0]))).append("</td>"));
      html.append("</tr>");
    }
    html.append("</tbody></table><h2>Biggest movers</h2><table id=\"movers\"><thead><tr><th>Dimension</th>"
        + "<th>From</th><th>To</th><th>Customers</th></tr></thead><tbody>");
    for (JsonNode m : report.get("biggestMovers")) {
      html.append("<tr><td>").append(esc(m.get("dimension").asText())).append("</td><td>")
          .append(esc(m.get("from").asText())).append("</td><td>").append(esc(m.get("to").asText()))
          .append("</td><td>").append(m.get("customers").asLong()).append("</td></tr>");
    }
    html.append("</tbody></table>");
    if (report.path("stale").asBoolean(false)) {
      html.append("<p><em>Some figures may be stale: part of the cluster was rebalancing.</em></p>");
    }
    return html.append("</body></html>").toString();
  }

  private static String cell(JsonNode value) {
    return value == null || value.isNull() ? "&ndash;" : esc(value.asText());
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
