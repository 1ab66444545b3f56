package dev.retention.ingestion.importer;

import dev.retention.ingestion.importer.ImportReport.Problem;
import dev.retention.ingestion.importer.ImportReport.ProblemGroup;
import java.util.List;
import java.util.Locale;

/**
 * The report as text for a person:
 *
 * <pre>
 * read          6,696 (from 6,919 rows)
 * published     6,696
 * rejected          2
 *   MALFORMED_ROW  2
 *     line 17 date: date '19971341' is not a valid yyyymmdd date
 *     ...
 * failed            0
 * elapsed       1.8 s (3,844 rows/s)
 * note: 223 rows on the same customer and day ...
 * </pre>
 *
 * Each reason lists its first {@value ReportCollector#EXAMPLES} rows.
 */
public final class ImportSummary {

  private ImportSummary() {}

  public static String format(ImportReport report) {
    StringBuilder out = new StringBuilder();
    out.append(count("read", report.read()));
    if (report.rows() != report.read()) {
      out.append(String.format(Locale.ROOT, " (from %,d rows)", report.rows()));
    }
    out.append('\n');
    out.append(count("published", report.published())).append('\n');
    out.append(count("rejected", report.rejected())).append('\n');
    groups(out, report.rejections());
    out.append(count("failed", report.failed())).append('\n');
    groups(out, report.failures());
    out.append(String.format(Locale.ROOT, "%-10s %,9.1f s (%,.0f rows/s)%n", "elapsed",
        report.elapsed().toMillis() / 1000.0, report.rowsPerSecond()));
    for (String note : report.notes()) {
      out.append("note: ").append(note).append('\n');
    }
    return out.toString();
  }

  /** The message without the field when it starts with it (schema messages do: "/data/x: must be ..."). */
  private static String message(Problem problem) {
    String prefix = problem.field() + ": ";
    return !problem.field().isEmpty() && problem.message().startsWith(prefix)
        ? problem.message().substring(prefix.length()) : problem.message();
  }

  private static String count(String label, long value) {
    return String.format(Locale.ROOT, "%-10s %,9d", label, value);
  }

  private static void groups(StringBuilder out, List<ProblemGroup> groups) {
    for (ProblemGroup group : groups) {
      out.append(String.format(Locale.ROOT, "  %s %,d%n", group.reason(), group.count()));
      for (Problem problem : group.examples()) {
        out.append("    ");
        if (problem.line() > 0) {
          out.append("line ").append(problem.line());
        }
        if (!problem.field().isEmpty()) {
          out.append(problem.line() > 0 ? " " : "").append(problem.field());
        }
        out.append(problem.line() > 0 || !problem.field().isEmpty() ? ": " : "").append(message(problem))
            .append('\n');
      }
      long more = group.count() - group.examples().size();
      if (more > 0) {
        out.append(String.format(Locale.ROOT, "    ... and %,d more%n", more));
      }
    }
  }
}
