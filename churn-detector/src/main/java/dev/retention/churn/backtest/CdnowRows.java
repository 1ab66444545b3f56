package dev.retention.churn.backtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CDNOW transaction logs, whitespace separated, no header, in either layout:
 * <ul>
 *   <li>sample ({@code CDNOW_sample.txt}): {@code customer_id sample_index yyyymmdd quantity amount}</li>
 *   <li>master ({@code CDNOW_master.txt}): {@code customer_id yyyymmdd quantity amount}</li>
 * </ul>
 * The layout is taken from the first non-blank row's column count and every later row must have the same count.
 * The file is read as ISO-8859-1, which decodes any byte, so a stray byte surfaces as a bad row with its line
 * number rather than as a decoding error. Blank lines are skipped; any other bad row fails the whole read with
 * its line number, since a back-test on silently dropped rows would report wrong figures.
 */
public final class CdnowRows {

  private static final int SAMPLE_COLUMNS = 5;
  private static final int MASTER_COLUMNS = 4;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private CdnowRows() {
  }

  /** Reads a file; see the class comment for the formats. */
  public static List<CdnowRow> read(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CDNOW file " + file, e);
    }
  }

  /**
   * Reads rows from a reader.
   *
   * @param source name of the input for error messages
   * @throws IllegalArgumentException naming {@code source:line} and the problem on a bad row
   */
  public static List<CdnowRow> read(Reader reader, String source) {
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<CdnowRow> rows = new ArrayList<>();
    int columns = -1;
    int lineNo = 0;
    try {
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        lineNo++;
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        String[] cols = trimmed.split("\\s+");
        if (columns < 0) {
          columns = cols.length;
          if (columns != SAMPLE_COLUMNS && columns != MASTER_COLUMNS) {
            throw bad(source, lineNo, "expected 5 columns (sample: customer_id sample_index yyyymmdd"
                + " quantity amount) or 4 (master: customer_id yyyymmdd quantity amount), got "
                + cols.length, text);
          }
        } else if (cols.length != columns) {
          throw bad(source, lineNo, "expected " + columns + " columns like the first row, got "
              + cols.length, text);
        }
        rows.add(parse(cols, columns == SAMPLE_COLUMNS ? 2 : 1, source, lineNo, text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CDNOW input " + source, e);
    }
    return rows;
  }

  private static CdnowRow parse(String[] cols, int dateColumn, String source, int lineNo, String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(cols[dateColumn], DATE);
    } catch (DateTimeParseException e) {
      throw bad(source, lineNo, "date '" + cols[dateColumn] + "' is not yyyymmdd", text);
    }
    int quantity;
    try {
      quantity = Integer.parseInt(cols[dateColumn + 1]);
    } catch (NumberFormatException e) {
      throw bad(source, lineNo, "quantity '" + cols[dateColumn + 1] + "' is not an integer", text);
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(cols[dateColumn + 2]);
    } catch (NumberFormatException e) {
      throw bad(source, lineNo, "amount '" + cols[dateColumn + 2] + "' is not a number", text);
    }
    if (quantity < 0 || amount.signum() < 0) {
      throw bad(source, lineNo, "quantity and amount must be >= 0", text);
    }
    return new CdnowRow(cols[0], date, quantity, amount, lineNo);
  }

  private static IllegalArgumentException bad(String source, int lineNo, String problem, String text) {
    return new IllegalArgumentException(source + ":" + lineNo + ": " + problem + ": '" + text.strip() + "'");
  }
}
