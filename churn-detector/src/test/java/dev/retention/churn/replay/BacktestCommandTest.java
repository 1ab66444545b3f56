package dev.retention.churn.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.churn.backtest.BacktestCommand;
import dev.retention.churn.model.CdnowFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back-test command end to end on a small CDNOW-format file in the master layout (no sample index column): the
 * calibration is replayed through the topology and the report compares it with the baselines.
 */
class BacktestCommandTest {

  @TempDir
  Path dir;

  @Test
  void shouldReplayTheCalibrationAndReportAgainstTheBaselines() throws IOException {
    // the CDNOW customers with ids below 05000, rewritten in the master layout: without the sample index column
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(CdnowFiles.locate("CDNOW_sample.txt"))) {
      String[] cols = line.trim().split("\\s+");
      if (cols.length == 5 && cols[0].compareTo("05000") < 0) {
        lines.add(String.join(" ", cols[0], cols[2], cols[3], cols[4]));
      }
    }
    Path file = dir.resolve("cdnow_master.txt");
    Files.write(file, lines);

    String report = BacktestCommand.run("--format", "cdnow", "--file", file.toString(), "--calibration-end",
        "1997-09-30", "--holdout-end", "1998-06-30");

    assertThat(report).contains("Back-test: 499 customers", "ROC AUC", "platform risk", "recency gap",
        "BG/NBD E[holdout]", "precision@top-decile", "retention.churn.warning-raised.v1");
  }

  @Test
  void shouldRefuseAMissingFileNamingTheOption() {
    assertThatThrownBy(() -> BacktestCommand.run("--format", "cdnow", "--file", dir.resolve("none").toString(),
        "--calibration-end", "1997-09-30", "--holdout-end", "1998-06-30"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--file");
    assertThatThrownBy(() -> BacktestCommand.run("--format", "csv", "--file", "x", "--calibration-end",
        "1997-09-30", "--holdout-end", "1998-06-30")).hasMessageContaining("--format");
  }
}
