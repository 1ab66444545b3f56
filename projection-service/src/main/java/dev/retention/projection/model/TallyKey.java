package dev.retention.projection.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The keys of the tally stores: parts joined by {@link #SEP} (a control character no id, enum or category name
 * contains), so that a prefix scan over the first parts finds one aggregate, e.g. every month of the NPS. Periods are
 * UTC calendar periods of event time.
 */
public final class TallyKey {

  /** Separator of key parts; sorts before every printable character, so shorter prefixes sort first. */
  public static final String SEP = "\u001f";

  public static final String TIER = "tier";
  public static final String STAGE = "stage";
  public static final String RISK = "risk";
  public static final String KPI = "kpi";
  public static final String NPS = "nps";
  public static final String WARNINGS = "warnings";
  public static final String COHORT = "cohort";
  public static final String QUARTER = "quarter";
  public static final String CASES = "cases";

  private TallyKey() {}

  public static String of(String... parts) {
    return String.join(SEP, parts);
  }

  /** The prefix of every key that starts with these parts. */
  public static String prefix(String... parts) {
    return String.join(SEP, parts) + SEP;
  }

  public static List<String> split(String key) {
    return List.of(key.split(SEP, -1));
  }

  public static String month(Instant at) {
    return YearMonth.from(at.atZone(ZoneOffset.UTC)).toString();
  }

  public static String day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
  }

  /** {@code 2026-Q3}. */
  public static String quarter(Instant at) {
    LocalDate date = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }
}
