package dev.retention.cases.config;

import dev.retention.cases.model.Playbook;
import dev.retention.cases.model.Playbooks;
import dev.retention.contracts.segments.ValueTier;
import dev.retention.runtime.config.Parsers;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads playbooks from a properties file; every key is optional and falls back to {@link Playbooks#DEFAULTS}:
 *
 * <pre>
 * fallback-tier=MEDIUM
 * high.name=high-value-csm
 * high.owner-role=customer-success-manager
 * high.manager=customer-success-lead
 * high.first-contact=24h
 * high.follow-up=7d
 * high.outcome-window=90d
 * </pre>
 */
public final class PlaybookFile {

  private PlaybookFile() {}

  public static Playbooks load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the playbooks file " + file, e);
    }
    try {
      return parse(properties);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("playbooks file " + file + ": " + e.getMessage(), e);
    }
  }

  static Playbooks parse(Properties p) {
    Map<ValueTier, Playbook> books = new EnumMap<>(ValueTier.class);
    for (ValueTier tier : ValueTier.values()) {
      Playbook d = Playbooks.DEFAULTS.forTier(tier);
      String prefix = tier.name().toLowerCase(Locale.ROOT) + ".";
      books.put(tier, new Playbook(
          p.getProperty(prefix + "name", d.name()).strip(),
          tier,
          p.getProperty(prefix + "owner-role", d.ownerRole()).strip(),
          p.getProperty(prefix + "manager", d.manager()).strip(),
          duration(p, prefix + "first-contact", d.firstContactWithin()),
          duration(p, prefix + "follow-up", d.followUpEvery()),
          duration(p, prefix + "outcome-window", d.outcomeWindow())));
    }
    String fallback = p.getProperty("fallback-tier", Playbooks.DEFAULTS.fallback().name()).strip();
    try {
      return new Playbooks(books, ValueTier.valueOf(fallback.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fallback-tier must be HIGH, MEDIUM or LOW, was '" + fallback + "'", e);
    }
  }

  private static Duration duration(Properties p, String key, Duration fallback) {
    String raw = p.getProperty(key);
    if (raw == null) {
      return fallback;
    }
    try {
      return Parsers.duration().parse(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + " " + e.getMessage(), e);
    }
  }
}
