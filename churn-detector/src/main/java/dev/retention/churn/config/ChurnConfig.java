package dev.retention.churn.config;

import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.Severity;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.config.Settings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every definition the churn detector decides with: the signals' thresholds and windows, the points each signal adds,
 * the level thresholds, hysteresis and warning level. Each value is a {@link Setting} declared here once, with its
 * default and documentation; {@link #DEFAULTS} are those defaults. Every output names {@link #definitionsVersion()},
 * so a change of definitions is visible downstream: raise it whenever a definition changes.
 */
public record ChurnConfig(
    String definitionsVersion,
    Activity activity,
    Overdue overdue,
    Complaints complaints,
    Satisfaction satisfaction,
    Refunds refunds,
    Scoring scoring,
    Value value,
    Quality quality) {

  /** Which events the activity-drop signal counts. */
  public enum ActivityMeasure { INTERACTIONS, PURCHASES }

  public static final Setting<String> DEFINITIONS_VERSION = Setting.of("churn.definitions.version",
      Parsers.nonBlank().check(v -> v.length() <= 128, "must be at most 128 characters"),
      "Name of these definitions, written on every risk and warning. Change it whenever a threshold changes.")
      .withDefault("churn-defaults-2026.1");

  // --- activity drop ---

  public static final Setting<Duration> ACTIVITY_WINDOW = Setting.of("churn.activity.window",
      ChurnParsers.positiveDuration().check(d -> d.toSeconds() % 86_400 == 0, "must be whole days"),
      "Activity drop: the recent window (whole UTC days up to and including today) compared with the window of the "
          + "same length before it.")
      .withDefault("90d");

  public static final Setting<Integer> ACTIVITY_DROP_PERCENT = Setting.of("churn.activity.drop-percent",
      Parsers.intBetween(1, 100),
      "Activity drop: fires when the count in the recent window fell by at least this many percent against the "
          + "window before.")
      .withDefault("50");

  public static final Setting<Integer> ACTIVITY_MIN_PRIOR = Setting.of("churn.activity.min-prior",
      Parsers.positiveInt(),
      "Activity drop: the window before needs at least this many events, so that 1 -> 0 is not a trend.")
      .withDefault("2");

  public static final Setting<ActivityMeasure> ACTIVITY_MEASURE = Setting.of("churn.activity.measure",
      ChurnParsers.choice(ActivityMeasure.class),
      "Activity drop: count every INTERACTIONS event (purchases, contacts, complaints, surveys, refunds) or "
          + "PURCHASES only.")
      .withDefault("INTERACTIONS");

  // --- purchase overdue, one-time buyers, P(alive) ---

  public static final Setting<Double> OVERDUE_FACTOR = Setting.of("churn.overdue.factor",
      ChurnParsers.doubleBetween(1, 100),
      "k: a purchase is overdue once the time since the last purchase exceeds k times the customer's typical "
          + "interval (segmentation's typicalIntervalDays when known, else the median of the recent gaps).")
      .withDefault("2");

  public static final Setting<Integer> OVERDUE_MIN_PURCHASES = Setting.of("churn.overdue.min-purchases",
      Parsers.intBetween(2, 64),
      "Purchase occasions a customer needs before their own typical interval is trusted.")
      .withDefault("3");

  public static final Setting<Integer> OVERDUE_INTERVAL_SAMPLE = Setting.of("churn.overdue.interval-sample",
      Parsers.intBetween(1, 32),
      "How many of the most recent gaps between purchase occasions the typical interval is the median of.")
      .withDefault("8");

  public static final Setting<Double> P_ALIVE_THRESHOLD = Setting.of("churn.p-alive.threshold",
      ChurnParsers.doubleBetween(0.0001, 0.9999),
      "LOW_P_ALIVE fires when the BG/NBD probability that a repeat customer is still active is below this.")
      .withDefault("0.5");

  public static final Setting<Duration> NO_REPEAT_AFTER = Setting.of("churn.no-repeat.after",
      ChurnParsers.positiveDuration(),
      "NO_REPEAT_PURCHASE fires for a one-time buyer this long after the first purchase (BG/NBD gives them "
          + "P(alive) = 1, so the model alone would never rank them).")
      .withDefault("120d");

  // --- complaints ---

  public static final Setting<Map<Severity, Duration>> RESPONSE_SLA = Setting.of("churn.complaint.response-sla",
      ChurnParsers.perSeverity(),
      "First-response SLA per complaint severity, from the complaint's time.")
      .withDefault("LOW=2h,MEDIUM=2h,HIGH=2h,CRITICAL=2h");

  public static final Setting<Map<Severity, Duration>> RESOLUTION_SLA = Setting.of(
      "churn.complaint.resolution-sla", ChurnParsers.perSeverity(),
      "Resolution SLA per complaint severity, from the complaint's (latest) opening.")
      .withDefault("LOW=24h,MEDIUM=24h,HIGH=24h,CRITICAL=24h");

  public static final Setting<Integer> REPEAT_COMPLAINTS = Setting.of("churn.complaint.repeat-count",
      Parsers.intBetween(2, 100),
      "REPEATED_COMPLAINTS fires at this many complaints opened within churn.complaint.repeat-window.")
      .withDefault("3");

  public static final Setting<Duration> REPEAT_WINDOW = Setting.of("churn.complaint.repeat-window",
      ChurnParsers.positiveDuration(), "The window of churn.complaint.repeat-count.")
      .withDefault("30d");

  // --- satisfaction ---

  public static final Setting<Integer> NPS_DETRACTOR_MAX = Setting.of("churn.survey.nps-detractor-max",
      Parsers.intBetween(0, 10), "NPS_DETRACTOR fires for an NPS answer at or below this (0-6 are detractors).")
      .withDefault("6");

  public static final Setting<Integer> CSAT_MAX = Setting.of("churn.survey.csat-max", Parsers.intBetween(1, 5),
      "LOW_CSAT fires for a CSAT answer at or below this.")
      .withDefault("2");

  public static final Setting<Integer> SURVEY_DROP = Setting.of("churn.survey.drop-points",
      Parsers.intBetween(1, 10),
      "SATISFACTION_DROP fires when an NPS or CSAT answer is at least this many points below the customer's "
          + "previous answer of the same metric.")
      .withDefault("3");

  public static final Setting<Duration> SURVEY_VALID_FOR = Setting.of("churn.survey.valid-for",
      ChurnParsers.positiveDuration(),
      "How long a survey answer counts as evidence; a newer answer of the same metric replaces it at once.")
      .withDefault("90d");

  // --- refunds ---

  public static final Setting<Duration> REFUND_WINDOW = Setting.of("churn.refund.window",
      ChurnParsers.positiveDuration().check(d -> d.toSeconds() % 86_400 == 0, "must be whole days"),
      "Refund spike: the recent window whose refunds and returns are counted.")
      .withDefault("30d");

  public static final Setting<Integer> REFUND_MIN = Setting.of("churn.refund.min-count", Parsers.intBetween(1, 1000),
      "Refund spike: at least this many refunds or returns in the recent window.")
      .withDefault("2");

  public static final Setting<Double> REFUND_FACTOR = Setting.of("churn.refund.spike-factor",
      ChurnParsers.doubleBetween(1, 1000),
      "Refund spike: and at least this many times the customer's own normal, the average per window over the "
          + "five windows before (a customer who always returns a lot is not spiking).")
      .withDefault("3");

  // --- scoring ---

  public static final Setting<Map<RiskSignal, Integer>> POINTS = Setting.of("churn.score.points",
      ChurnParsers.pointsPerSignal(),
      "Points (1-100) each signal adds to the risk score at full strength; the score is the sum of the reasons' "
          + "points, capped at 100. See churn.score.graded and churn.score.correlated-share.")
      .withDefault("ACTIVITY_DROP=40,PURCHASE_OVERDUE=60,LOW_P_ALIVE=90,NO_REPEAT_PURCHASE=90,"
          + "COMPLAINT_RESPONSE_OVERDUE=20,COMPLAINT_RESOLUTION_OVERDUE=25,COMPLAINT_REOPENED=20,"
          + "REPEATED_COMPLAINTS=25,NPS_DETRACTOR=20,LOW_CSAT=20,SATISFACTION_DROP=15,REFUND_SPIKE=25");

  public static final Setting<Boolean> GRADED = Setting.of("churn.score.graded", Parsers.bool(),
      "Whether the purchase-absence signals add points by strength, in steps of a tenth, each step fired by a timer: "
          + "PURCHASE_OVERDUE and NO_REPEAT_PURCHASE half their points when they start, rising to full at twice the "
          + "time to start (overdue: twice k x interval since the last purchase; no repeat: three times "
          + "churn.no-repeat.after since the first); LOW_P_ALIVE its points times (1 - P(alive)); ACTIVITY_DROP its "
          + "points times the drop. False: every signal adds its full points.")
      .withDefault("true");

  public static final Setting<Double> CORRELATED_SHARE = Setting.of("churn.score.correlated-share",
      ChurnParsers.doubleBetween(0, 1),
      "The purchase-absence signals (ACTIVITY_DROP, PURCHASE_OVERDUE, LOW_P_ALIVE, NO_REPEAT_PURCHASE) are one "
          + "piece of evidence seen four ways: the strongest adds its points, each other adds this share of its "
          + "points (at least 1), so that one silence is not counted four times.")
      .withDefault("0");

  public static final Setting<Integer> MEDIUM_AT = Setting.of("churn.level.medium", Parsers.intBetween(1, 100),
      "Score from which the risk level is MEDIUM (inclusive).")
      .withDefault("40");

  public static final Setting<Integer> HIGH_AT = Setting.of("churn.level.high", Parsers.intBetween(1, 100),
      "Score from which the risk level is HIGH (inclusive).")
      .withDefault("70");

  public static final Setting<Integer> HYSTERESIS = Setting.of("churn.level.hysteresis", Parsers.intBetween(0, 50),
      "A level is kept until the score falls this many points below its threshold, so a score hovering at a "
          + "threshold does not flap.")
      .withDefault("10");

  public static final Setting<RiskLevel> WARNING_LEVEL = Setting.of("churn.warning.level", ChurnParsers.level(),
      "A warning is raised when the level reaches this (MEDIUM or HIGH) and cleared when it falls below it.")
      .withDefault("MEDIUM");

  // --- predicted value ---

  public static final Setting<String> CURRENCY = Setting.of("churn.value.currency",
      Parsers.nonBlank().check(c -> c.matches("[A-Z]{3}"), "must be an ISO 4217 code"),
      "Reporting currency of expected spend and predicted value; purchases in other currencies are left out of "
          + "the spend model.")
      .withDefault("EUR");

  public static final Setting<BigDecimal> POTENTIAL_HIGH = Setting.of("churn.value.potential-high",
      Parsers.decimalAtLeast(BigDecimal.ZERO),
      "Predicted 12-month value from which the potential tier is HIGH.")
      .withDefault("500");

  public static final Setting<BigDecimal> POTENTIAL_MEDIUM = Setting.of("churn.value.potential-medium",
      Parsers.decimalAtLeast(BigDecimal.ZERO),
      "Predicted 12-month value from which the potential tier is MEDIUM; below it LOW.")
      .withDefault("100");

  // --- product and service quality (across customers) ---

  public static final Setting<Duration> QUALITY_WINDOW = Setting.of("churn.quality.window",
      ChurnParsers.positiveDuration().check(d -> d.toSeconds() % 86_400 == 0, "must be whole days"),
      "Product and service quality: the recent window (whole UTC days up to today) whose rate is compared with the "
          + "baseline.")
      .withDefault("7d");

  public static final Setting<Duration> QUALITY_BASELINE = Setting.of("churn.quality.baseline",
      ChurnParsers.positiveDuration().check(d -> d.toSeconds() % 86_400 == 0, "must be whole days"),
      "Product and service quality: the baseline window right before the recent one.")
      .withDefault("28d");

  public static final Setting<Integer> QUALITY_MIN_COUNT = Setting.of("churn.quality.min-count",
      Parsers.positiveInt(),
      "A quality warning needs at least this many problems in the recent window (complaints and refunds of a "
          + "product; late first responses of the service), and the baseline window as many sales or responses.")
      .withDefault("5");

  public static final Setting<Double> QUALITY_FACTOR = Setting.of("churn.quality.spike-factor",
      ChurnParsers.doubleBetween(1, 1000),
      "A quality warning is raised when the recent rate (product: problems per sale; service: first responses "
          + "after the SLA per response) is at least this many times the baseline rate, and cleared when it falls "
          + "below it.")
      .withDefault("2");

  public static final Setting<Double> QUALITY_MIN_RATE = Setting.of("churn.quality.min-rate",
      ChurnParsers.doubleBetween(0, 1),
      "The baseline rate is taken as at least this, so a product with no problems before does not warn at its "
          + "first few.")
      .withDefault("0.05");

  /** The defaults of every setting, as documented. */
  public static final ChurnConfig DEFAULTS = from(Settings.of().resolve(settings()));

  public ChurnConfig {
    Objects.requireNonNull(definitionsVersion, "definitionsVersion");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(overdue, "overdue");
    Objects.requireNonNull(complaints, "complaints");
    Objects.requireNonNull(satisfaction, "satisfaction");
    Objects.requireNonNull(refunds, "refunds");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(quality, "quality");
  }

  public static List<Setting<?>> settings() {
    return List.of(DEFINITIONS_VERSION,
        ACTIVITY_WINDOW, ACTIVITY_DROP_PERCENT, ACTIVITY_MIN_PRIOR, ACTIVITY_MEASURE,
        OVERDUE_FACTOR, OVERDUE_MIN_PURCHASES, OVERDUE_INTERVAL_SAMPLE, P_ALIVE_THRESHOLD, NO_REPEAT_AFTER,
        RESPONSE_SLA, RESOLUTION_SLA, REPEAT_COMPLAINTS, REPEAT_WINDOW,
        NPS_DETRACTOR_MAX, CSAT_MAX, SURVEY_DROP, SURVEY_VALID_FOR,
        REFUND_WINDOW, REFUND_MIN, REFUND_FACTOR,
        POINTS, GRADED, CORRELATED_SHARE, MEDIUM_AT, HIGH_AT, HYSTERESIS, WARNING_LEVEL,
        CURRENCY, POTENTIAL_HIGH, POTENTIAL_MEDIUM,
        QUALITY_WINDOW, QUALITY_BASELINE, QUALITY_MIN_COUNT, QUALITY_FACTOR, QUALITY_MIN_RATE);
  }

  /**
   * @throws IllegalArgumentException if values that are each valid do not fit together (e.g. HIGH below MEDIUM)
   */
  public static ChurnConfig from(ConfigValues v) {
    return new ChurnConfig(v.get(DEFINITIONS_VERSION),
        new Activity((int) v.get(ACTIVITY_WINDOW).toDays(), v.get(ACTIVITY_DROP_PERCENT), v.get(ACTIVITY_MIN_PRIOR),
            v.get(ACTIVITY_MEASURE)),
        new Overdue(v.get(OVERDUE_FACTOR), v.get(OVERDUE_MIN_PURCHASES), v.get(OVERDUE_INTERVAL_SAMPLE),
            v.get(P_ALIVE_THRESHOLD), v.get(NO_REPEAT_AFTER)),
        new Complaints(v.get(RESPONSE_SLA), v.get(RESOLUTION_SLA), v.get(REPEAT_COMPLAINTS), v.get(REPEAT_WINDOW)),
        new Satisfaction(v.get(NPS_DETRACTOR_MAX), v.get(CSAT_MAX), v.get(SURVEY_DROP), v.get(SURVEY_VALID_FOR)),
        new Refunds((int) v.get(REFUND_WINDOW).toDays(), v.get(REFUND_MIN), v.get(REFUND_FACTOR)),
        new Scoring(v.get(POINTS), v.get(GRADED), v.get(CORRELATED_SHARE), v.get(MEDIUM_AT), v.get(HIGH_AT), v.get(HYSTERESIS), v.get(WARNING_LEVEL)),
        new Value(v.get(CURRENCY), v.get(POTENTIAL_HIGH), v.get(POTENTIAL_MEDIUM)),
        new Quality((int) v.get(QUALITY_WINDOW).toDays(), (int) v.get(QUALITY_BASELINE).toDays(),
            v.get(QUALITY_MIN_COUNT), v.get(QUALITY_FACTOR), v.get(QUALITY_MIN_RATE)));
  }

  /** Days of daily activity buckets the state keeps: both activity windows and the refund baseline. */
  public int historyDays() {
    return Math.max(2 * activity.windowDays(), 6 * refunds.windowDays());
  }

  public ChurnConfig withScoring(Scoring newScoring) {
    return new ChurnConfig(definitionsVersion, activity, overdue, complaints, satisfaction, refunds, newScoring,
        value, quality);
  }

  public ChurnConfig withValue(Value newValue) {
    return new ChurnConfig(definitionsVersion, activity, overdue, complaints, satisfaction, refunds, scoring,
        newValue, quality);
  }

  /** Activity drop: {@code windowDays} recent whole days against the same number before. */
  public record Activity(int windowDays, int dropPercent, int minPrior, ActivityMeasure measure) {}

  /** Purchase overdue, P(alive) and one-time buyers. */
  public record Overdue(double factor, int minPurchases, int intervalSample, double pAliveThreshold,
      Duration noRepeatAfter) {}

  /** Complaint SLAs per severity and repeated complaints. */
  public record Complaints(Map<Severity, Duration> responseSla, Map<Severity, Duration> resolutionSla,
      int repeatCount, Duration repeatWindow) {}

  /** Survey thresholds. */
  public record Satisfaction(int npsDetractorMax, int csatMax, int dropPoints, Duration validFor) {}

  /** Refund spike: at least {@code minCount} in the window and {@code factor} times the own baseline. */
  public record Refunds(int windowDays, int minCount, double factor) {}

  /** Points per signal and how they add up, level thresholds, hysteresis and the warning level. */
  public record Scoring(Map<RiskSignal, Integer> points, boolean graded, double correlatedShare, int mediumAt, int highAt, int hysteresis,
      RiskLevel warningLevel) {
    public Scoring {
      points = Map.copyOf(points);
      if (highAt <= mediumAt) {
        throw new IllegalArgumentException("churn.level.high (" + highAt + ") must be above churn.level.medium ("
            + mediumAt + ")");
      }
      if (hysteresis >= mediumAt) {
        throw new IllegalArgumentException("churn.level.hysteresis must be below churn.level.medium");
      }
      if (warningLevel == RiskLevel.LOW) {
        throw new IllegalArgumentException("churn.warning.level must be MEDIUM or HIGH");
      }
    }

    public int points(RiskSignal signal) {
      return points.get(signal);
    }
  }

  /** Product and service quality: recent window against the baseline before it, across customers. */
  public record Quality(int windowDays, int baselineDays, int minCount, double factor, double minRate) {}

  /** Reporting currency and the potential-tier thresholds of predicted 12-month value. */
  public record Value(String currency, BigDecimal potentialHigh, BigDecimal potentialMedium) {
    public Value {
      if (potentialHigh.compareTo(potentialMedium) < 0) {
        throw new IllegalArgumentException("churn.value.potential-high must not be below churn.value.potential-medium");
      }
    }
  }
}
