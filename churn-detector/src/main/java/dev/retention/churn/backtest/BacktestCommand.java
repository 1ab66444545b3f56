package dev.retention.churn.backtest;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.runtime.config.Settings;
import dev.retention.churn.replay.CdnowBacktest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code backtest --format cdnow --file F --calibration-end 1997-09-30 --holdout-end 1998-06-30}: replays the
 * calibration period through the churn topology and prints how well the risk as of the calibration end ranks who
 * churned in the holdout, next to the two baselines. Reads the CDNOW sample and master layouts. Exit code 2 on bad
 * arguments or input.
 */
public final class BacktestCommand {

  private static final String USAGE = "usage: backtest --format cdnow --file FILE --calibration-end YYYY-MM-DD "
      + "--holdout-end YYYY-MM-DD";

  private BacktestCommand() {}

  public static void main(String[] args) {
    try {
      System.out.print(run(args));
    } catch (IllegalArgumentException e) {
      System.err.println("backtest: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
    }
  }

  /** Runs the back-test; returns the printed report. */
  public static String run(String... args) {
    Map<String, String> options = options(args);
    String format = options.getOrDefault("format", "cdnow");
    if (!"cdnow".equals(format.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("--format must be cdnow, was " + format);
    }
    Path file = Path.of(required(options, "file"));
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("--file " + file + " is not a readable file");
    }
    LocalDate calibrationEnd = date(options, "calibration-end");
    LocalDate holdoutEnd = date(options, "holdout-end");
    List<CdnowRow> rows = CdnowRows.read(file);
    CdnowBacktest.Result result = CdnowBacktest.run(rows, calibrationEnd, holdoutEnd,
        // the definitions to test: the defaults, or what system properties, RETENTION_CHURN_* variables or a
        // config.file say, as for the service
        ChurnConfig.from(Settings.standard(Map.of()).resolve(ChurnConfig.settings())));
    return String.format(Locale.ROOT, "BG/NBD on the calibration period: r=%.3f alpha=%.3f a=%.3f b=%.3f LL=%.1f%n"
        + "Warnings published during the replay: %s%n%s", result.bgNbd().parameters().r(),
        result.bgNbd().parameters().alpha(), result.bgNbd().parameters().a(), result.bgNbd().parameters().b(),
        result.bgNbd().logLikelihood(), result.warnings(), result.report().render());
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static LocalDate date(Map<String, String> options, String name) {
    String value = required(options, name);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--" + name + " must be a date like 1997-09-30, was " + value);
    }
  }
}
