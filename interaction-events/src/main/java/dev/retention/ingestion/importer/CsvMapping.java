package dev.retention.ingestion.importer;

import dev.retention.contracts.events.EventType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How the columns of a CSV file become the fields of {@code retention.purchase.completed.v1} events: a Java
 * properties file (UTF-8). Every key is optional; a field without a key is read from the column of the same name
 * (compared ignoring case) when the header has one.
 *
 * <pre>
 * # field = column of the header that holds it
 * subject = customer_no
 * time = order_date
 * amount = revenue
 * orderId = order_no
 * # field.value = one value for every row
 * currency.value = EUR
 * channel.value = STORE
 * # how to read the file
 * time.format = dd.MM.yyyy HH:mm    # java.time pattern; default ISO-8601 (2026-03-01T09:30:00Z, 2026-03-01 09:30, 2026-03-01)
 * time.zone = Europe/Berlin         # for times without an offset; default UTC; a date alone is 00:00 in this zone
 * delimiter = ;                     # one character, or "tab"; default ,
 * type = retention.purchase.completed.v1   # the only type CSV can map to yet; use ndjson for the others
 * </pre>
 *
 * <p>Fields: {@code subject}, {@code time}, {@code amount} (decimal, e.g. 19.99) and {@code currency} (ISO 4217) are
 * required; {@code id} (default: derived from the row's values, see {@link EventIds}), {@code source} (default: the
 * importer's source, {@code import/csv}), {@code orderId} (default: the id), {@code kind} (default ORDER) and
 * {@code channel} (default none) are optional. A key this list does not know is an error, not ignored.
 *
 * @param bindings where each explicitly mapped field comes from
 * @param origin where the mapping came from, for messages
 */
public record CsvMapping(Map<CsvField, Binding> bindings, char delimiter, Optional<String> timeFormat,
    ZoneId timeZone, String origin) {

  /** Where a field's value comes from. */
  public sealed interface Binding permits Column, Constant {}

  /** The value is in the column with this header name. */
  public record Column(String name) implements Binding {}

  /** The value is the same for every row. */
  public record Constant(String value) implements Binding {}

  public CsvMapping {
    bindings = Map.copyOf(bindings);
  }

  /** Every field from the column of its own name, comma-separated, ISO-8601 times in UTC. */
  public static CsvMapping defaults() {
    return new CsvMapping(Map.of(), ',', Optional.empty(), ZoneOffset.UTC, "the default mapping");
  }

  /** Reads a mapping file. */
  public static CsvMapping load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw new ImportSetupException("mapping file " + file + " does not exist");
    } catch (IOException | IllegalArgumentException e) {
      throw new ImportSetupException("cannot read mapping file " + file + ": " + e.getMessage(), e);
    }
    return parse(properties, "mapping file " + file);
  }

  /** The mapping given by {@code properties}; {@code origin} names them in error messages. */
  public static CsvMapping parse(Properties properties, String origin) {
    Map<CsvField, Binding> bindings = new EnumMap<>(CsvField.class);
    char delimiter = ',';
    Optional<String> timeFormat = Optional.empty();
    ZoneId zone = ZoneOffset.UTC;
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).strip();
      if (value.isEmpty() && !key.equals("delimiter")) {
        throw error(origin, key, "has no value");
      }
      switch (key) {
        case "type" -> checkType(origin, value);
        case "delimiter" -> delimiter = delimiter(origin, properties.getProperty(key));
        case "time.format" -> timeFormat = Optional.of(checkPattern(origin, value));
        case "time.zone" -> zone = zone(origin, value);
        default -> {
          boolean constant = key.endsWith(".value");
          String name = constant ? key.substring(0, key.length() - ".value".length()) : key;
          CsvField field = CsvField.byKey(name).orElseThrow(() -> error(origin, key, "is not a mapping key; "
              + "known keys: " + knownKeys()));
          if (bindings.containsKey(field)) {
            throw error(origin, key, "maps " + field.key() + " a second time; give either " + field.key()
                + " (a column) or " + field.key() + ".value (a constant)");
          }
          bindings.put(field, constant ? new Constant(value) : new Column(value));
        }
      }
    }
    return new CsvMapping(bindings, delimiter, timeFormat, zone, origin);
  }

  private static void checkType(String origin, String value) {
    String type = EventType.PURCHASE_COMPLETED.typeName();
    if (!value.equals(type) && !value.equals("purchase.completed")) {
      throw error(origin, "type", "is '" + value + "', but CSV can only be mapped to " + type
          + " yet; import other event types as ndjson");
    }
  }

  private static char delimiter(String origin, String raw) {
    if (raw.length() == 1) {
      return raw.charAt(0);
    }
    if (raw.strip().equalsIgnoreCase("tab")) {
      return '\t';
    }
    if (raw.strip().length() == 1) {
      return raw.strip().charAt(0);
    }
    throw error(origin, "delimiter", "must be one character or \"tab\", was '" + raw + "'");
  }

  private static String checkPattern(String origin, String pattern) {
    try {
      CsvTimeParser.strict(pattern);
      return pattern;
    } catch (IllegalArgumentException e) {
      throw error(origin, "time.format", "'" + pattern + "' is not a java.time pattern: " + e.getMessage());
    }
  }

  private static ZoneId zone(String origin, String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw error(origin, "time.zone", "'" + value + "' is not a time zone (e.g. UTC, Europe/Berlin, +01:00)");
    }
  }

  private static String knownKeys() {
    return Arrays.stream(CsvField.values()).map(f -> f.key() + ", " + f.key() + ".value")
        .collect(Collectors.joining(", ")) + ", type, time.format, time.zone, delimiter";
  }

  private static ImportSetupException error(String origin, String key, String problem) {
    return new ImportSetupException(origin + ": '" + key + "' " + problem);
  }
}
