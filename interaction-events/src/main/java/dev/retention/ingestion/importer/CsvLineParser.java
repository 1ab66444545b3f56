package dev.retention.ingestion.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into cells (RFC 4180): cells separated by the delimiter, a cell in double quotes may contain
 * the delimiter and doubled quotes ({@code ""} for {@code "}). A quoted line break is not supported: a row is one line.
 */
final class CsvLineParser {

  private CsvLineParser() {}

  static List<String> split(String line, char delimiter) throws RowProblem {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      cell.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        int opened = i + 1;
        i++;
        while (true) {
          if (i >= n) {
            throw new RowProblem("", "unterminated quoted cell starting at character " + opened
                + " (a quoted cell cannot span lines)");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              break;
            }
          } else {
            cell.append(c);
          }
        }
        if (i < n && line.charAt(i) != delimiter) {
          throw new RowProblem("", "unexpected character '" + line.charAt(i) + "' after the closing quote at "
              + "character " + i + "; expected the delimiter '" + delimiter + "'");
        }
      } else {
        while (i < n && line.charAt(i) != delimiter) {
          cell.append(line.charAt(i++));
        }
      }
      cells.add(cell.toString());
      if (i >= n) {
        return cells;
      }
      i++; // the delimiter
    }
  }
}
