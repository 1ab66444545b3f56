package dev.retention.ingestion.importer;

import dev.retention.ingestion.importer.ImportReport.Problem;
import dev.retention.ingestion.importer.ImportReport.ProblemGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The running tally of an import, fed by the reading thread (read, rejected) and the producer's callbacks
 * (published, failed); hence synchronized. Keeps the first {@value #EXAMPLES} problems of each reason.
 */
final class ReportCollector {

  static final int EXAMPLES = 10;

  private long rows;
  private long read;
  private long published;
  private long rejected;
  private long failed;
  private final Map<String, Group> rejections = new LinkedHashMap<>();
  private final Map<String, Group> failures = new LinkedHashMap<>();
  private Problem firstFailure;
  private boolean finished;

  synchronized void read(ImportItem item) {
    read++;
    rows += item.rows();
  }

  synchronized void rejected(Problem problem) {
    rejected++;
    rejections.computeIfAbsent(problem.reason(), r -> new Group()).add(problem);
  }

  synchronized void published() {
    if (!finished) {
      published++;
    }
  }

  synchronized void failed(Problem problem) {
    if (finished) {
      return;
    }
    failed++;
    failures.computeIfAbsent(problem.reason(), r -> new Group()).add(problem);
    if (firstFailure == null) {
      firstFailure = problem;
    }
  }

  synchronized Optional<Problem> firstFailure() {
    return Optional.ofNullable(firstFailure);
  }

  synchronized long rows() {
    return rows;
  }

  /**
   * The report; outcomes that arrive later are ignored. Events read but neither published, rejected nor failed by
   * now (sends still unacknowledged) are counted as failed with {@code unacknowledged}'s reason and message.
   */
  synchronized ImportReport finish(List<String> notes, Duration elapsed, Problem unacknowledged) {
    long missing = read - published - rejected - failed;
    if (missing > 0) {
      failed += missing;
      Group group = failures.computeIfAbsent(unacknowledged.reason(), r -> new Group());
      group.count += missing;
      group.examples.add(unacknowledged);
    }
    finished = true;
    return new ImportReport(rows, read, published, rejected, failed, groups(rejections), groups(failures), notes,
        elapsed);
  }

  private static List<ProblemGroup> groups(Map<String, Group> byReason) {
    return byReason.entrySet().stream()
        .map(e -> new ProblemGroup(e.getKey(), e.getValue().count, e.getValue().examples))
        .sorted(Comparator.comparingLong(ProblemGroup::count).reversed())
        .toList();
  }

  private static final class Group {
    long count;
    final List<Problem> examples = new ArrayList<>();

    void add(Problem problem) {
      count++;
      if (examples.size() < EXAMPLES) {
        examples.add(problem);
      }
    }
  }
}
