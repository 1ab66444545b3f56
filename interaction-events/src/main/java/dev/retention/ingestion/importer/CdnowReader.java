package dev.retention.ingestion.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the CDNOW transaction log ({@code ../shared/data/cdnow/}): whitespace-separated, no header, one row per
 * transaction, {@code customer_id [sample_index] yyyymmdd number_of_cds dollar_value} (the 1/10 sample has the
 * sample index, the master file does not; both are read).
 *
 * <p>Several rows of one customer on one day are one purchase occasion (as in the data set's README and the BG/NBD
 * paper), so they become one {@code retention.purchase.completed.v1}: the amounts summed exactly (BigDecimal), in
 * USD, kind {@code ORDER}, no line items (the file has no products and the CD count does not divide the amount into
 * exact unit prices; the count is not carried), no channel. Its time is the day at 00:00 UTC (the file has no time
 * of day), its subject the customer id as written (e.g. {@code 00004}), its order id {@code <customer>-<yyyymmdd>},
 * and its event id {@link EventIds#derive derived} from customer and day: the same file, or the same occasion in
 * another copy of the data, always gives the same id.
 *
 * <p>Rows of one occasion need not be adjacent: the whole file is grouped in memory first (a few MB for the full
 * 70,000-row data set), and occasions come out in the order of their first row.
 */
public final class CdnowReader implements RowSource {

  public static final String DEFAULT_SOURCE = "import/cdnow";
  public static final String CURRENCY = "USD";

  private final LineReader lines;
  private final long size;
  private final String source;
  private Iterator<ImportItem> items;
  private long rows;
  private long occasions;
  private long merged;

  CdnowReader(InputStream in, long size, String source) {
    this.lines = new LineReader(in);
    this.size = size;
    this.source = source;
  }

  public static CdnowReader open(Path file, String source) throws IOException {
    long size = Files.size(file);
    return new CdnowReader(Files.newInputStream(file), size, source);
  }

  @Override
  public Optional<ImportItem> next() throws IOException {
    if (items == null) {
      items = readAll().iterator();
    }
    return items.hasNext() ? Optional.of(items.next()) : Optional.empty();
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  @Override
  public List<String> notes() {
    return merged == 0 ? List.of() : List.of(String.format(Locale.ROOT,
        "%,d %s merged into the purchase of the same customer and day (%,d rows, %,d purchases)",
        merged, merged == 1 ? "row was" : "rows were", rows, occasions));
  }

  /** The items in the order of their first row: occasions (one per customer and day) and unreadable rows. */
  private List<ImportItem> readAll() throws IOException {
    List<Supplier<ImportItem>> inOrder = new ArrayList<>();
    Map<String, Occasion> byCustomerDay = new HashMap<>();
    Optional<LineReader.Line> next;
    while ((next = lines.next()).isPresent()) {
      LineReader.Line line = next.get();
      if (line.isBlank()) {
        continue;
      }
      rows++;
      Row row;
      try {
        row = parse(line.text());
      } catch (RowProblem problem) {
        ImportItem unreadable = problem.at(line.number(), line.endOffset());
        inOrder.add(() -> unreadable);
        continue;
      }
      Occasion occasion = byCustomerDay.get(row.customerDay());
      if (occasion == null) {
        Occasion first = new Occasion(row, line.number(), line.endOffset());
        byCustomerDay.put(row.customerDay(), first);
        inOrder.add(() -> first.toItem(source));
      } else {
        occasion.add(row);
        merged++;
      }
    }
    occasions = byCustomerDay.size();
    return inOrder.stream().map(Supplier::get).toList();
  }

  private static Row parse(String text) throws RowProblem {
    String[] cells = text.strip().split("\\s+");
    if (cells.length != 4 && cells.length != 5) {
      throw new RowProblem("", "expected 5 whitespace-separated columns (customer_id sample_index yyyymmdd "
          + "number_of_cds dollar_value) or 4 (without sample_index), got " + cells.length);
    }
    int n = cells.length;
    LocalDate day;
    try {
      day = LocalDate.parse(cells[n - 3], DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new RowProblem("date", "date '" + cells[n - 3] + "' is not a valid yyyymmdd date");
    }
    try {
      if (Integer.parseInt(cells[n - 2]) < 0) {
        throw new RowProblem("number_of_cds", "number of CDs '" + cells[n - 2] + "' is negative");
      }
    } catch (NumberFormatException e) {
      throw new RowProblem("number_of_cds", "number of CDs '" + cells[n - 2] + "' is not a whole number");
    }
    try {
      return new Row(cells[0], day, new BigDecimal(cells[n - 1]));
    } catch (NumberFormatException e) {
      throw new RowProblem("dollar_value", "dollar value '" + cells[n - 1] + "' is not a decimal number");
    }
  }

  private record Row(String customer, LocalDate day, BigDecimal amount) {
    String customerDay() {
      return customer + " " + day;
    }
  }

  /** The rows of one customer on one day. */
  private static final class Occasion {
    private final String customer;
    private final LocalDate day;
    private final long firstLine;
    private final long position;
    private BigDecimal total;
    private int rows = 1;

    Occasion(Row first, long firstLine, long position) {
      this.customer = first.customer();
      this.day = first.day();
      this.total = first.amount();
      this.firstLine = firstLine;
      this.position = position;
    }

    void add(Row row) {
      total = total.add(row.amount());
      rows++;
    }

    ImportItem toItem(String source) {
      String date = day.format(DateTimeFormatter.BASIC_ISO_DATE);
      PurchaseJson event = new PurchaseJson(EventIds.derive("cdnow", customer, date), source, customer,
          day + "T00:00:00Z", customer + "-" + date, "ORDER", total.toPlainString(), CURRENCY, null);
      return new ImportItem.Candidate(firstLine, rows, position, event.bytes());
    }
  }
}
