package dev.retention.deploy.demo;

import dev.retention.deploy.demo.DemoEvents.Keyed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo: makes the population, publishes its history once (remembering the history's end, so a restart continues
 * the same customers and does not publish the history again), writes down the customers with a trait, then makes live
 * traffic on demand.
 */
public final class DemoGenerator {

  static final String ANCHOR_FILE = "history.properties";
  static final String REPORT_FILE = "drifting-customers.csv";

  private final DemoConfig config;
  private final Clock clock;
  private final DemoPublisher publisher;
  private final DemoEvents events;
  private final AtomicLong live = new AtomicLong();
  private List<DemoCustomer> customers = List.of();
  /** The highest purchase rate of the population: the bound that live traffic thins customers against. */
  private double maxRate = 1;
  private Instant anchor;
  private long historyEvents;
  private SplittableRandom liveRandom;

  public DemoGenerator(DemoConfig config, Clock clock, DemoPublisher publisher) {
    this.config = config;
    this.clock = clock;
    this.publisher = publisher;
    this.events = new DemoEvents(config.seed());
  }

  /** Publishes the history unless a previous run did, and writes the report; returns the events published. */
  public long publishHistory() {
    Path anchorFile = config.dir().resolve(ANCHOR_FILE);
    Properties previous = read(anchorFile);
    boolean published = previous != null
        && Long.toString(config.seed()).equals(previous.getProperty("seed"))
        && Integer.toString(config.customers()).equals(previous.getProperty("customers"));
    anchor = published ? Instant.parse(previous.getProperty("end")) : clock.instant();
    customers = DemoPopulation.generate(config.customers(), anchor, config.history(), config.seed());
    maxRate = customers.stream().mapToDouble(DemoCustomer::purchasesPerWeek).max().orElse(1);
    liveRandom = new SplittableRandom(config.seed() ^ clock.millis());
    writeReport();
    if (published) {
      historyEvents = Long.parseLong(previous.getProperty("events", "0"));
      return 0;
    }
    List<Keyed> all = new ArrayList<>();
    for (DemoCustomer customer : customers) {
      all.addAll(events.history(customer, anchor));
    }
    // one time order over all customers, as upstream systems would have sent them
    all.sort(Comparator.comparing((Keyed k) -> k.event().time()));
    all.forEach(publisher::send);
    publisher.flush();
    historyEvents = all.size();
    Properties done = new Properties();
    done.setProperty("seed", Long.toString(config.seed()));
    done.setProperty("customers", Integer.toString(config.customers()));
    done.setProperty("end", anchor.toString());
    done.setProperty("events", Long.toString(historyEvents));
    write(anchorFile, done);
    return historyEvents;
  }

  /**
   * Sends {@code count} live events at the clock's current time, from customers picked by their current purchase rate
   * (a drifting customer is rarely picked, and less so the longer they drift).
   */
  public void sendLive(int count) {
    Instant now = clock.instant();
    int sent = 0;
    int attempts = 0;
    while (sent < count && attempts++ < count * 1000) {
      DemoCustomer customer = customers.get(liveRandom.nextInt(customers.size()));
      if (liveRandom.nextDouble() * maxRate < customer.rateAt(now)) {
        long n = live.incrementAndGet();
        publisher.send(events.live(customer, now, liveRandom, "live-" + anchor.getEpochSecond() + "-"
            + now.toEpochMilli() + "-" + n));
        sent++;
      }
    }
  }

  public long historyEvents() {
    return historyEvents;
  }

  public long liveEvents() {
    return live.get();
  }

  public List<DemoCustomer> customers() {
    return customers;
  }

  public Path reportFile() {
    return config.dir().resolve(REPORT_FILE);
  }

  private void writeReport() {
    StringBuilder csv = new StringBuilder("customerId,trait,driftFrom,purchasesPerWeek\n");
    customers.stream().filter(c -> c.trait() != Trait.STEADY).forEach(c -> csv.append(c.id()).append(',')
        .append(c.trait()).append(',').append(c.driftFrom() == null ? "" : c.driftFrom().toString()).append(',')
        .append(String.format(java.util.Locale.ROOT, "%.3f", c.purchasesPerWeek())).append('\n'));
    try {
      Files.createDirectories(config.dir());
      Files.writeString(reportFile(), csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + reportFile(), e);
    }
  }

  private static Properties read(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(file)) {
      properties.load(reader);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void write(Path file, Properties properties) {
    try {
      Files.createDirectories(file.getParent());
      try (var writer = Files.newBufferedWriter(file)) {
        properties.store(writer, "demo history published up to 'end'; delete to publish a new one");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
