package dev.retention.segmentation.config;

import dev.retention.contracts.segments.CustomerValue;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.config.Settings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Every definition the segmentation uses: currency, windows, value tiers, frequency classes, lifecycle stages and
 * preferences. Each value is a {@link Setting} declared here once, with its default and documentation;
 * {@link #DEFAULTS} are those defaults, and {@link #definitionsVersion()} names the effective definitions so that
 * every output says which definitions produced it.
 */
public record SegmentationConfig(
    CurrencyRates currency,
    Windows windows,
    TierRules tier,
    FrequencyRules frequency,
    LifecycleRules lifecycle,
    PreferenceRules preferences) {

  // --- currency ---

  public static final Setting<String> REPORTING_CURRENCY = Setting.of("segmentation.currency.reporting",
      SegmentationParsers.currency(),
      "ISO 4217 currency every amount is converted to; spend thresholds are in it.")
      .withDefault("EUR");

  public static final Setting<SortedMap<String, BigDecimal>> CURRENCY_RATES = Setting.of(
      "segmentation.currency.rates", SegmentationParsers.rateTable(),
      "Fixed exchange rates into the reporting currency, CODE=RATE separated by commas (USD=0.86: 1 USD is 0.86 of "
          + "the reporting currency). An event in a currency without a rate is refused to the dead letter. The "
          + "default is an illustrative seed; set your own.")
      .withDefault("USD=0.86,GBP=1.15,CHF=1.07,SEK=0.09,NOK=0.085,DKK=0.134,PLN=0.235,CAD=0.62,AUD=0.56,JPY=0.0058");

  public static final Setting<Integer> MONEY_SCALE = Setting.of("segmentation.currency.scale",
      Parsers.intBetween(0, 6),
      "Decimal places every amount is kept at: each converted amount is rounded half-even to it once, on arrival; "
          + "all sums are exact sums of those amounts.")
      .withDefault("2");

  // --- windows ---

  public static final Setting<Integer> VALUE_WINDOW = Setting.of("segmentation.window.value",
      SegmentationParsers.wholeDays(),
      "The value window (\"last 12 months\"): spend for tiers, frequency and monetary value for RFM. Whole UTC days "
          + "ending with the day of evaluation.")
      .withDefault("364d");

  public static final Setting<Integer> ACTIVITY_WINDOW = Setting.of("segmentation.window.activity",
      SegmentationParsers.wholeDays(),
      "The activity window: purchases in the last this-many whole UTC days are compared with the same number of days "
          + "before, for AT_RISK.")
      .withDefault("90d");

  public static final Setting<Integer> HISTORY_WEEKS = Setting.of("segmentation.history.weeks",
      Parsers.intBetween(1, 520),
      "Weeks of per-customer history kept (the current week included); daily buckets cover every day a window can "
          + "reach (53 weeks with the default windows), weekly buckets the rest.")
      .withDefault("104");

  // --- tiers ---

  public static final Setting<TierMode> TIER_MODE = Setting.of("segmentation.tier.mode",
      SegmentationParsers.tierMode(),
      "How value tiers are cut: FIXED spend thresholds or PERCENTILE of the customer population.")
      .withDefault("FIXED");

  public static final Setting<BigDecimal> TIER_HIGH_SPEND = Setting.of("segmentation.tier.high-spend",
      Parsers.decimalAtLeast(BigDecimal.ZERO),
      "FIXED mode: value-window net spend (reporting currency) from which a customer is HIGH, inclusive.")
      .withDefault("1000");

  public static final Setting<BigDecimal> TIER_MEDIUM_SPEND = Setting.of("segmentation.tier.medium-spend",
      Parsers.decimalAtLeast(BigDecimal.ZERO),
      "FIXED mode: value-window net spend from which a customer is MEDIUM, inclusive; below it LOW.")
      .withDefault("250");

  public static final Setting<Integer> TIER_HIGH_PERCENT = Setting.of("segmentation.tier.high-percent",
      Parsers.intBetween(1, 99),
      "PERCENTILE mode: share of customers, from the top by value-window net spend, that is HIGH.")
      .withDefault("20");

  public static final Setting<Integer> TIER_MEDIUM_PERCENT = Setting.of("segmentation.tier.medium-percent",
      Parsers.intBetween(0, 99),
      "PERCENTILE mode: share of customers after the HIGH ones that is MEDIUM; the rest is LOW.")
      .withDefault("30");

  // --- frequency ---

  public static final Setting<Integer> HIGH_FREQUENCY_PURCHASES = Setting.of("segmentation.frequency.high-purchases",
      Parsers.positiveInt(),
      "Purchases in the value window from which a customer is HIGH_FREQUENCY (unless overdue).")
      .withDefault("6");

  public static final Setting<BigDecimal> OVERDUE_FACTOR = Setting.of("segmentation.frequency.overdue-factor",
      Parsers.decimalAtLeast(BigDecimal.ONE),
      "k: a customer is overdue (POTENTIAL_CHURN, and AT_RISK) once the time since the last purchase reaches k times "
          + "their own typical interval (median of recent gaps).")
      .withDefault("2");

  public static final Setting<Integer> MIN_PURCHASES_FOR_INTERVAL = Setting.of(
      "segmentation.frequency.min-purchases", Parsers.intBetween(2, 65),
      "Purchases a customer needs before their own typical interval is used; with fewer, "
          + "segmentation.frequency.few-purchases-overdue-after applies.")
      .withDefault("3");

  public static final Setting<Integer> INTERVAL_SAMPLE = Setting.of("segmentation.frequency.interval-sample",
      Parsers.intBetween(1, 64),
      "How many of the most recent gaps between purchases the typical interval is the median of.")
      .withDefault("8");

  public static final Setting<Duration> FEW_PURCHASES_OVERDUE_AFTER = Setting.of(
      "segmentation.frequency.few-purchases-overdue-after", SegmentationParsers.period(),
      "For customers with too few purchases for a typical interval: overdue once this long since the last purchase.")
      .withDefault("90d");

  // --- lifecycle ---

  public static final Setting<Duration> NEW_FOR = Setting.of("segmentation.lifecycle.new-for",
      SegmentationParsers.period(),
      "A customer is NEW while their first purchase is less than this old.")
      .withDefault("30d");

  public static final Setting<Duration> LAPSED_AFTER = Setting.of("segmentation.lifecycle.lapsed-after",
      SegmentationParsers.period(),
      "A customer is LAPSED once this long has passed since the last purchase (exactly then, with no event needed); "
          + "a purchase this long or longer after the previous one is a reactivation.")
      .withDefault("180d");

  public static final Setting<Duration> REACTIVATED_FOR = Setting.of("segmentation.lifecycle.reactivated-for",
      SegmentationParsers.period(),
      "A customer stays REACTIVATED this long after the purchase that ended a lapse, then the other rules apply.")
      .withDefault("90d");

  public static final Setting<Duration> MATURE_AFTER = Setting.of("segmentation.lifecycle.mature-after",
      SegmentationParsers.period(),
      "Tenure (time since the first purchase) from which a steady customer is MATURE.")
      .withDefault("365d");

  public static final Setting<Integer> MATURE_MIN_PURCHASES = Setting.of("segmentation.lifecycle.mature-min-purchases",
      Parsers.positiveInt(),
      "Purchases in the value window a MATURE customer has at least (steady).")
      .withDefault("4");

  public static final Setting<Integer> AT_RISK_DROP_PERCENT = Setting.of(
      "segmentation.lifecycle.at-risk-drop-percent", Parsers.intBetween(1, 100),
      "AT_RISK when purchases in the activity window fell by at least this many percent against the window before.")
      .withDefault("50");

  public static final Setting<Integer> AT_RISK_MIN_PRIOR_PURCHASES = Setting.of(
      "segmentation.lifecycle.at-risk-min-prior-purchases", Parsers.positiveInt(),
      "The drop rule needs at least this many purchases in the window before (so 1 -> 0 is not a trend).")
      .withDefault("2");

  // --- preferences ---

  public static final Setting<Integer> PREFERENCES_TOP = Setting.of("segmentation.preferences.top",
      Parsers.intBetween(1, CustomerValue.MAX_TOP),
      "How many favourite categories and products (by spend) each customer's value reports; at most "
          + CustomerValue.MAX_TOP + ", the contract's longest top list.")
      .withDefault("5");

  public static final Setting<Integer> PREFERENCES_CANDIDATES = Setting.of("segmentation.preferences.candidates",
      Parsers.intBetween(1, 64),
      "How many categories and products are tracked per customer to find the favourites (Space-Saving); exact "
          + "while a customer has bought no more distinct ones than this.")
      .withDefault("10");

  /** The defaults of every setting, as documented. */
  public static final SegmentationConfig DEFAULTS = from(Settings.of().resolve(settings()));

  public SegmentationConfig {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(windows, "windows");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(preferences, "preferences");
  }

  /** Every setting, in the order they are documented. */
  public static List<Setting<?>> settings() {
    return List.of(REPORTING_CURRENCY, CURRENCY_RATES, MONEY_SCALE,
        VALUE_WINDOW, ACTIVITY_WINDOW, HISTORY_WEEKS,
        TIER_MODE, TIER_HIGH_SPEND, TIER_MEDIUM_SPEND, TIER_HIGH_PERCENT, TIER_MEDIUM_PERCENT,
        HIGH_FREQUENCY_PURCHASES, OVERDUE_FACTOR, MIN_PURCHASES_FOR_INTERVAL, INTERVAL_SAMPLE,
        FEW_PURCHASES_OVERDUE_AFTER,
        NEW_FOR, LAPSED_AFTER, REACTIVATED_FOR, MATURE_AFTER, MATURE_MIN_PURCHASES, AT_RISK_DROP_PERCENT,
        AT_RISK_MIN_PRIOR_PURCHASES,
        PREFERENCES_TOP, PREFERENCES_CANDIDATES);
  }

  /**
   * The resolved values of {@link #settings()}.
   *
   * @throws IllegalArgumentException if values that are each valid do not fit together (e.g. a HIGH threshold below
   *     the MEDIUM one)
   */
  public static SegmentationConfig from(ConfigValues values) {
    return new SegmentationConfig(
        new CurrencyRates(values.get(REPORTING_CURRENCY), values.get(CURRENCY_RATES), values.get(MONEY_SCALE)),
        new Windows(values.get(VALUE_WINDOW), values.get(ACTIVITY_WINDOW), values.get(HISTORY_WEEKS)),
        new TierRules(values.get(TIER_MODE), values.get(TIER_HIGH_SPEND), values.get(TIER_MEDIUM_SPEND),
            values.get(TIER_HIGH_PERCENT), values.get(TIER_MEDIUM_PERCENT)),
        new FrequencyRules(values.get(HIGH_FREQUENCY_PURCHASES), values.get(OVERDUE_FACTOR),
            values.get(MIN_PURCHASES_FOR_INTERVAL), values.get(INTERVAL_SAMPLE),
            values.get(FEW_PURCHASES_OVERDUE_AFTER)),
        new LifecycleRules(values.get(NEW_FOR), values.get(LAPSED_AFTER), values.get(REACTIVATED_FOR),
            values.get(MATURE_AFTER), values.get(MATURE_MIN_PURCHASES), values.get(AT_RISK_DROP_PERCENT),
            values.get(AT_RISK_MIN_PRIOR_PURCHASES)),
        new PreferenceRules(values.get(PREFERENCES_TOP), values.get(PREFERENCES_CANDIDATES)));
  }

  /**
   * A short name of the effective definitions, such as {@code d1-4f3a09c2b7e1}: equal configurations (however
   * written: {@code 7d} or {@code P7D}) give equal versions, and any change of a definition gives another.
   */
  public String definitionsVersion() {
    return DefinitionsVersion.of(this);
  }

  public SegmentationConfig withCurrency(CurrencyRates newCurrency) {
    return new SegmentationConfig(newCurrency, windows, tier, frequency, lifecycle, preferences);
  }

  public SegmentationConfig withWindows(Windows newWindows) {
    return new SegmentationConfig(currency, newWindows, tier, frequency, lifecycle, preferences);
  }

  public SegmentationConfig withTier(TierRules newTier) {
    return new SegmentationConfig(currency, windows, newTier, frequency, lifecycle, preferences);
  }

  public SegmentationConfig withFrequency(FrequencyRules newFrequency) {
    return new SegmentationConfig(currency, windows, tier, newFrequency, lifecycle, preferences);
  }

  public SegmentationConfig withLifecycle(LifecycleRules newLifecycle) {
    return new SegmentationConfig(currency, windows, tier, frequency, newLifecycle, preferences);
  }

  public SegmentationConfig withPreferences(PreferenceRules newPreferences) {
    return new SegmentationConfig(currency, windows, tier, frequency, lifecycle, newPreferences);
  }
}
