package dev.retention.segmentation.config;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Names a set of definitions: {@code d} + {@link #REVISION} + the first 12 hex digits of the SHA-256 of the canonical
 * text of every definition value. Values are canonical (durations in seconds, decimals without trailing zeros), so
 * the same definitions written differently get the same name.
 */
final class DefinitionsVersion {

  /**
   * The revision of the definitions' code. Raise it whenever a definition changes meaning without a setting changing,
   * so that outputs made before and after are told apart.
   */
  static final int REVISION = 1;

  private DefinitionsVersion() {}

  static String of(SegmentationConfig c) {
    return "d" + REVISION + "-" + HexFormat.of().formatHex(sha256(canonical(c)), 0, 6);
  }

  /** One {@code name=value} line per definition, in a fixed order. */
  static String canonical(SegmentationConfig c) {
    StringBuilder text = new StringBuilder();
    line(text, "revision", REVISION);
    line(text, "currency.reporting", c.currency().reportingCurrency());
    line(text, "currency.rates", c.currency().rateTable());
    line(text, "currency.scale", c.currency().scale());
    line(text, "window.value", c.windows().valueDays());
    line(text, "window.activity", c.windows().activityDays());
    line(text, "history.weeks", c.windows().historyWeeks());
    line(text, "tier.mode", c.tier().mode());
    line(text, "tier.high-spend", decimal(c.tier().highSpend()));
    line(text, "tier.medium-spend", decimal(c.tier().mediumSpend()));
    line(text, "tier.high-percent", c.tier().highPercent());
    line(text, "tier.medium-percent", c.tier().mediumPercent());
    line(text, "frequency.high-purchases", c.frequency().highPurchases());
    line(text, "frequency.overdue-factor", decimal(c.frequency().overdueFactor()));
    line(text, "frequency.min-purchases", c.frequency().minPurchases());
    line(text, "frequency.interval-sample", c.frequency().intervalSample());
    line(text, "frequency.few-purchases-overdue-after", seconds(c.frequency().fewPurchasesOverdueAfter()));
    line(text, "lifecycle.new-for", seconds(c.lifecycle().newFor()));
    line(text, "lifecycle.lapsed-after", seconds(c.lifecycle().lapsedAfter()));
    line(text, "lifecycle.reactivated-for", seconds(c.lifecycle().reactivatedFor()));
    line(text, "lifecycle.mature-after", seconds(c.lifecycle().matureAfter()));
    line(text, "lifecycle.mature-min-purchases", c.lifecycle().matureMinPurchases());
    line(text, "lifecycle.at-risk-drop-percent", c.lifecycle().atRiskDropPercent());
    line(text, "lifecycle.at-risk-min-prior-purchases", c.lifecycle().atRiskMinPriorPurchases());
    line(text, "preferences.top", c.preferences().top());
    line(text, "preferences.candidates", c.preferences().candidates());
    return text.toString();
  }

  private static void line(StringBuilder text, String name, Object value) {
    text.append(name).append('=').append(value).append('\n');
  }

  private static String decimal(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String seconds(Duration d) {
    return d.getSeconds() + "." + d.getNano();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
