package dev.retention.churn.quality;

import dev.retention.churn.config.ChurnConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each subject's (product's, or the service's) daily problems and base and, at every observation, compares the
 * recent window's rate with the baseline window's: raises a warning when the rate reaches the factor times the
 * baseline (with at least the minimum problems), clears it when it falls below. Evaluated at observations only: a
 * warning clears with the first observation after the spike is over, not at midnight. The windows end with the newest
 * day observed for the subject, so an observation that arrives late still counts in its day.
 */
public final class QualityProcessor implements Processor<String, QualityEvent, String, QualityWarning> {

  private final ChurnConfig.Quality rules;
  private final String definitionsVersion;
  private final String storeName;
  private final String productSink;
  private final String serviceSink;
  private KeyValueStore<String, QualityBook> books;
  private ProcessorContext<String, QualityWarning> context;

  public QualityProcessor(ChurnConfig config, String storeName, String productSink, String serviceSink) {
    this.rules = config.quality();
    this.definitionsVersion = config.definitionsVersion();
    this.storeName = storeName;
    this.productSink = productSink;
    this.serviceSink = serviceSink;
  }

  @Override
  public void init(ProcessorContext<String, QualityWarning> context) {
    this.context = context;
    this.books = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, QualityEvent> record) {
    QualityEvent event = record.value();
    if (event == null || record.key() == null) {
      return;
    }
    QualityBook book = books.get(record.key());
    book = add(book == null ? QualityBook.EMPTY : book, event);
    // anchored at the newest day seen: observations re-keyed from many partitions arrive out of order
    long today = book.days().get(book.days().size() - 1).day();
    int[] recent = sum(book, today - rules.windowDays() + 1, today);
    int[] before = sum(book, today - rules.windowDays() - rules.baselineDays() + 1, today - rules.windowDays());
    double rate = recent[1] == 0 ? 0 : recent[0] / (double) recent[1];
    double baseline = before[1] == 0 ? 0 : before[0] / (double) before[1];
    // a spike is against a known normal: the baseline needs as many observations as a warning needs problems
    boolean spike = recent[0] >= rules.minCount() && before[1] >= rules.minCount()
        && rate >= rules.factor() * Math.max(baseline, rules.minRate());
    if (spike != book.open()) {
      int n = spike ? book.warnings() + 1 : book.warnings();
      QualityWarning.State state = spike ? QualityWarning.State.RAISED : QualityWarning.State.CLEARED;
      String id = record.key() + "/q" + n + "/" + state.name().toLowerCase();
      context.forward(new Record<>(record.key(), new QualityWarning(id, record.key(), state, event.at(), recent[0],
          recent[1], rate, baseline, definitionsVersion), event.at().toEpochMilli()),
          QualityEvent.SERVICE.equals(record.key()) ? serviceSink : productSink);
      book = new QualityBook(book.days(), spike, n);
    }
    books.put(record.key(), book);
  }

  private QualityBook add(QualityBook book, QualityEvent event) {
    long day = Math.floorDiv(event.at().getEpochSecond(), 86_400L);
    long newest = book.days().isEmpty() ? day : Math.max(day, book.days().get(book.days().size() - 1).day());
    long first = newest - rules.windowDays() - rules.baselineDays() + 1;
    if (day < first) {
      return book; // older than the baseline: counts in no window
    }
    List<QualityBook.Day> days = new ArrayList<>(book.days().stream().filter(d -> d.day() >= first).toList());
    int problem = event.kind().problem() ? 1 : 0;
    int base = event.kind() == QualityEvent.Kind.SOLD || event.kind() == QualityEvent.Kind.RESPONDED_IN_SLA
        || event.kind() == QualityEvent.Kind.RESPONDED_LATE ? 1 : 0;
    int i = days.size() - 1;
    while (i >= 0 && days.get(i).day() > day) {
      i--;
    }
    if (i >= 0 && days.get(i).day() == day) {
      QualityBook.Day d = days.get(i);
      days.set(i, new QualityBook.Day(day, d.problems() + problem, d.base() + base));
    } else {
      days.add(i + 1, new QualityBook.Day(day, problem, base));
    }
    return new QualityBook(days, book.open(), book.warnings());
  }

  private static int[] sum(QualityBook book, long from, long to) {
    int[] sum = new int[2];
    for (QualityBook.Day d : book.days()) {
      if (d.day() >= from && d.day() <= to) {
        sum[0] += d.problems();
        sum[1] += d.base();
      }
    }
    return sum;
  }
}
