package dev.retention.ingestion.importer;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A progress line on a terminal (stderr), redrawn in place every {@code interval} at most (the first time after
 * one interval; a short import shows only the final line):
 * {@code 3,412 rows  5,120 rows/s  48%  ETA 0:03}. The percentage and ETA come from bytes read against the file size.
 */
public final class TerminalProgress implements ImportProgress {

  public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(200);

  private final PrintWriter out;
  private final Clock clock;
  private final Duration interval;
  private Instant lastDrawn;
  private int lastLength;

  public TerminalProgress(PrintWriter out, Clock clock, Duration interval) {
    this.out = out;
    this.clock = clock;
    this.interval = interval;
    this.lastDrawn = clock.instant(); // the first line after one interval: the first rows' rate says nothing
  }

  @Override
  public void update(ProgressSnapshot snapshot) {
    Instant now = clock.instant();
    if (Duration.between(lastDrawn, now).compareTo(interval) < 0) {
      return;
    }
    lastDrawn = now;
    draw(snapshot);
  }

  @Override
  public void finish(ProgressSnapshot snapshot) {
    draw(snapshot);
    out.println();
    out.flush();
  }

  private void draw(ProgressSnapshot snapshot) {
    String line = render(snapshot);
    out.print('\r' + line + " ".repeat(Math.max(0, lastLength - line.length())));
    out.flush();
    lastLength = line.length();
  }

  static String render(ProgressSnapshot snapshot) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d rows  %,.0f rows/s", snapshot.rows(),
        snapshot.rowsPerSecond()));
    snapshot.fraction().ifPresent(f -> line.append(String.format(Locale.ROOT, "  %3d%%", (int) (f * 100))));
    snapshot.eta().ifPresent(eta -> line.append("  ETA ").append(clockTime(eta)));
    return line.toString();
  }

  private static String clockTime(Duration d) {
    long seconds = (d.toMillis() + 999) / 1000;
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
