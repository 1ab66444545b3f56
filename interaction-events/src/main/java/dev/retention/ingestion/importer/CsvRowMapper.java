package dev.retention.ingestion.importer;

import dev.retention.ingestion.importer.CsvMapping.Binding;
import dev.retention.ingestion.importer.CsvMapping.Column;
import dev.retention.ingestion.importer.CsvMapping.Constant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A {@link CsvMapping} applied to one file's header: which cell holds which field. Refuses, before any row is read,
 * a mapping that names a column the header lacks or leaves a required field without a value; reports the columns
 * it does not import.
 */
final class CsvRowMapper {

  private final List<String> header;
  private final Map<CsvField, Integer> columns = new EnumMap<>(CsvField.class);
  private final Map<CsvField, String> constants = new EnumMap<>(CsvField.class);
  private final CsvTimeParser times;

  private CsvRowMapper(List<String> header, CsvTimeParser times) {
    this.header = List.copyOf(header);
    this.times = times;
  }

  /**
   * @param defaultSource the source of events whose mapping gives none
   * @param file the file's name, for messages
   */
  static CsvRowMapper resolve(CsvMapping mapping, List<String> header, String defaultSource, String file) {
    CsvRowMapper mapper = new CsvRowMapper(header, new CsvTimeParser(mapping.timeFormat(), mapping.timeZone()));
    for (CsvField field : CsvField.values()) {
      Binding binding = mapping.bindings().get(field);
      if (binding instanceof Constant constant) {
        mapper.constants.put(field, constant.value());
      } else if (binding instanceof Column column) {
        int index = mapper.indexOf(column.name(), file, mapping.origin());
        if (index < 0) {
          throw new ImportSetupException(mapping.origin() + ": column '" + column.name() + "' for " + field.key()
              + " is not in the header of " + file + " (" + mapper.describeHeader() + ")");
        }
        mapper.columns.put(field, index);
      } else {
        int index = mapper.indexOf(field.key(), file, mapping.origin());
        if (index >= 0) {
          mapper.columns.put(field, index);
        }
      }
    }
    mapper.constants.putIfAbsent(CsvField.SOURCE, defaultSource);
    mapper.constants.putIfAbsent(CsvField.KIND, "ORDER");
    List<String> missing = new ArrayList<>();
    for (CsvField field : CsvField.values()) {
      if (field.required() && !mapper.columns.containsKey(field) && !mapper.constants.containsKey(field)) {
        missing.add(field.key());
      }
    }
    if (!missing.isEmpty()) {
      throw new ImportSetupException(mapping.origin() + " gives no value for " + String.join(", ", missing)
          + ": " + file + " has no column of that name (" + mapper.describeHeader() + "); map "
          + (missing.size() == 1 ? "it" : "them") + " to a column (e.g. " + missing.get(0) + " = <column>) or a "
          + "constant (" + missing.get(0) + ".value = ...) in a mapping file (--mapping)");
    }
    return mapper;
  }

  /** The event of one row, as far as the row can tell; the validator judges the values. */
  PurchaseJson map(List<String> cells) throws RowProblem {
    if (cells.size() != header.size()) {
      throw new RowProblem("", "the row has " + cells.size() + " cells, the header has " + header.size());
    }
    String subject = value(CsvField.SUBJECT, cells);
    String timeText = value(CsvField.TIME, cells);
    String time = timeText == null ? null : times.parse(timeText, nameOf(CsvField.TIME)).toString();
    String amount = value(CsvField.AMOUNT, cells);
    String currency = value(CsvField.CURRENCY, cells);
    String kind = value(CsvField.KIND, cells);
    String channel = value(CsvField.CHANNEL, cells);
    String orderId = value(CsvField.ORDER_ID, cells);
    String id = value(CsvField.ID, cells);
    if (id == null && !columns.containsKey(CsvField.ID)) {
      id = EventIds.derive("csv", subject, time, orderId, kind, amount, currency, channel);
    }
    return new PurchaseJson(id, value(CsvField.SOURCE, cells), subject, time, orderId == null ? id : orderId,
        kind, amount, currency, channel);
  }

  /** The header columns no field is read from. */
  List<String> unusedColumns() {
    return IntStream.range(0, header.size()).filter(i -> !columns.containsValue(i)).mapToObj(header::get).toList();
  }

  private String value(CsvField field, List<String> cells) {
    Integer index = columns.get(field);
    if (index == null) {
      return constants.get(field);
    }
    String cell = cells.get(index).strip();
    return cell.isEmpty() ? null : cell;
  }

  private String nameOf(CsvField field) {
    Integer index = columns.get(field);
    return index == null ? field.key() : header.get(index);
  }

  private int indexOf(String name, String file, String origin) {
    List<Integer> matches = IntStream.range(0, header.size())
        .filter(i -> header.get(i).strip().equalsIgnoreCase(name.strip())).boxed().toList();
    if (matches.size() > 1) {
      throw new ImportSetupException(origin + ": column '" + name + "' appears " + matches.size()
          + " times in the header of " + file + " (" + describeHeader() + ")");
    }
    return matches.isEmpty() ? -1 : matches.get(0);
  }

  private String describeHeader() {
    return "columns: " + header.stream().map(h -> h.isBlank() ? "<blank>" : h).collect(Collectors.joining(", "));
  }
}
