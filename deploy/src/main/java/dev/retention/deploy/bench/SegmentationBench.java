package dev.retention.deploy.bench;

import dev.retention.churn.stream.ChurnService;
import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.deploy.BrokerProbe;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import dev.retention.runtime.streams.DueIndexKey;
import dev.retention.runtime.streams.StreamsApp;
import dev.retention.runtime.streams.StreamsDefaults;
import dev.retention.runtime.streams.StreamsSettings;
import dev.retention.segmentation.stream.SegmentationService;
import dev.retention.segmentation.stream.SegmentationTopology;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import dev.retention.segmentation.codec.RfmDistributionCodec;
import dev.retention.segmentation.config.SegmentationConfig;
import dev.retention.segmentation.policy.Segmenter;
import dev.retention.segmentation.rfm.RfmDistribution;
import dev.retention.segmentation.stream.DistributionTopic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * {@code retention bench segmentation}: a backlog of validated interaction events on {@code retention.interactions.v1}
 * is worked off by a minimal Kafka Streams per-key count (the reference) and then by the segmentation, each under a
 * fresh application id and state directory with the platform's Streams settings; both rates are taken from the
 * offsets the application committed, excluding start-up and the first 10 % of the backlog. Then the segmentation's
 * on-disk state per customer, its memory and the cost of a timer tick with nothing due.
 */
public final class SegmentationBench {

  /** The segmentation's rate at least this share of the count reference's. */
  public static final double RATE_TARGET = 0.5;
  /** On-disk state per customer at most this. */
  public static final double STATE_TARGET_BYTES = 400;
  /** A timer tick with nothing due at most this (at 1,000,000 customers). */
  public static final double TICK_TARGET_MILLIS = 5;

  private static final long POLL_MILLIS = 100;
  private static final Set<String> STORES = Set.of(SegmentationTopology.CUSTOMER_STATE,
      SegmentationTopology.CUSTOMER_BOOK, SegmentationTopology.DUE_INDEX);

  /** What the command line asked for. */
  /** @param churn also run the churn detector on the same backlog, as a third phase */
  public record Options(int customers, int eventsPerCustomer, Optional<String> bootstrapServers, long seed,
      boolean churn) {
    public Options {
      if (customers < 1 || eventsPerCustomer < 1) {
        throw new IllegalArgumentException("--customers and --events-per-customer must be at least 1");
      }
    }
  }

  /** One streams phase as measured from committed offsets. */
  record Rate(String name, long events, double seconds, double startupSeconds, List<String> notes,
      Double otherCores) {
    double perSecond() {
      return seconds > 0 ? events / seconds : 0;
    }
  }

  private final Options options;
  private final Path home;
  private final PrintWriter out;
  private final PrintWriter err;

  public SegmentationBench(Options options, Path home, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.home = home;
    this.out = out;
    this.err = err;
  }

  public void run() throws InterruptedException {
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    MachineInfo machine = MachineInfo.current();
    String runId = "retention-bench-" + startedAt.getEpochSecond();
    try (Cleanup cleanup = Cleanup.reportingTo(err)) {
      Path work = cleanup.tempDir("retention-bench-seg-");
      BenchBroker benchBroker = BenchBroker.use(options.bootstrapServers(), home, work, cleanup, this::say);
      String bootstrap = benchBroker.bootstrapServers();
      String broker = benchBroker.description();
      Admin admin = cleanup.add("close the admin client", BrokerProbe.admin(bootstrap));
      List<Topic<?, ?>> topicsToCreate = new ArrayList<>(Topics.all());
      topicsToCreate.addAll(SegmentationService.ownTopics());
      topicsToCreate.addAll(ChurnService.ownTopics());
      new TopicProvisioner(admin, (short) 1).createMissing(topicsToCreate);
      TopicOffsets topics = new TopicOffsets(admin);
      CpuMeter cpu = new CpuMeter(benchBroker.processes());
      String input = Topics.INTERACTIONS.name();

      long before = topics.endOffsets(input);
      say(String.format(Locale.ROOT, "producing %,d events for %,d customers to %s ...",
          SegmentationPayloads.count(options.customers(), options.eventsPerCustomer()), options.customers(), input));
      Produced produced = produce(bootstrap, input);
      long end = topics.endOffsets(input);
      if (produced.errors() > 0) {
        throw new IllegalStateException(produced.errors() + " events could not be produced: " + produced.firstError());
      }
      long warmup = before + (end - before) / 10;

      ConfigValues countValues = settings(bootstrap, runId + "-count", work.resolve("state-count"));
      say("reference: per-key count working off the backlog ...");
      Rate count;
      try (StreamsApp app = new StreamsApp(countTopology(input),
          StreamsDefaults.properties(StreamsSettings.from(countValues)), new SimpleMeterRegistry())) {
        app.start();
        count = measure("count reference", app, runId + "-count", topics, input, end, warmup, cpu);
      }

      ConfigValues segValues = settings(bootstrap, runId + "-segmentation", work.resolve("state-segmentation"));
      say("segmentation working off the backlog ...");
      Rate segmentation;
      String memory;
      SegmentationService service = cleanup.add("stop the segmentation",
          SegmentationService.start(segValues, new SimpleMeterRegistry()));
      segmentation = measure("segmentation", service.app(), runId + "-segmentation", topics, input, end, warmup,
          cpu);
      memory = memory(service.app().streams());
      cleanup.closeLatest();

      Optional<Rate> churn = Optional.empty();
      if (options.churn()) {
        say("churn detector working off the backlog ...");
        ChurnService churnService = cleanup.add("stop the churn detector", ChurnService.start(
            churnSettings(bootstrap, runId + "-churn", work.resolve("state-churn")), new SimpleMeterRegistry()));
        churn = Optional.of(measure("churn", churnService.app(), runId + "-churn", topics, input, end, warmup, cpu));
        cleanup.closeLatest();
      }

      Path appState = work.resolve("state-segmentation").resolve(runId + "-segmentation");
      long[] state = stateBytes(appState);
      Tick tick = tick(appState);
      Cuts cuts = cuts(bootstrap);

      report(startedAt, machine, broker, produced, count, segmentation, state, memory, tick,
          cuts, churn);
      if (options.bootstrapServers().isPresent()) {
        err.println("note: the backlog, the changelog topics and the groups " + runId + "-count and " + runId
            + "-segmentation stay on " + bootstrap);
      }
    }
  }

  record Produced(long events, int customers, double seconds, long bytes, long errors, String firstError) {}

  private Produced produce(String bootstrap, String topic) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "retention-bench-segmentation-backlog");
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    AtomicLong bytes = new AtomicLong();
    AtomicLong events = new AtomicLong();
    long start = System.nanoTime();
    int customers;
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      customers = SegmentationPayloads.forEach(options.customers(), options.eventsPerCustomer(), options.seed(),
          timed -> {
            events.incrementAndGet();
            bytes.addAndGet(timed.payload().size());
            producer.send(new ProducerRecord<>(topic, null, timed.timestampMs(), timed.payload().key(),
                timed.payload().json()), (metadata, error) -> {
                  if (error != null) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, error.toString());
                  }
                });
          });
      producer.flush();
    }
    return new Produced(events.get(), customers, (System.nanoTime() - start) / 1e9, bytes.get(), errors.get(),
        firstError.get());
  }

  /**
   * The platform's settings for a phase; a system property {@code segmentation.*} or {@code streams.*} of the benchmark JVM (e.g.
   * {@code RETENTION_JAVA_OPTS=-Dsegmentation.distribution.interval=7d}) overrides a definition, for experiments.
   */
  private static ConfigValues churnSettings(String bootstrap, String applicationId, Path stateDir) {
    Map<String, String> overrides = new HashMap<>();
    System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("churn."))
        .forEach(name -> overrides.put(name, System.getProperty(name)));
    overrides.put("kafka.bootstrap.servers", bootstrap);
    overrides.put("streams.application.id", applicationId);
    overrides.put("streams.state.dir", stateDir.toString());
    return Settings.of(ConfigSource.overrides(overrides)).resolve(ChurnService.settings());
  }

  private static ConfigValues settings(String bootstrap, String applicationId, Path stateDir) {
    Map<String, String> overrides = new HashMap<>();
    System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("segmentation.") || name.startsWith("streams."))
        .forEach(name -> overrides.put(name, System.getProperty(name)));
    overrides.put("kafka.bootstrap.servers", bootstrap);
    overrides.put("streams.application.id", applicationId);
    overrides.put("streams.state.dir", stateDir.toString());
    return Settings.of(ConfigSource.overrides(overrides)).resolve(SegmentationService.settings());
  }

  /** The reference: events counted per key, no deserialization of the value, no repartitioning. */
  static Topology countTopology(String input) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Serdes.String(), Serdes.ByteArray())
            .withOffsetResetPolicy(AutoOffsetReset.earliest()))
        .groupByKey(Grouped.with(Serdes.String(), Serdes.ByteArray()))
        .count(Materialized.as("bench-count"));
    return builder.build();
  }

  private Rate measure(String name, StreamsApp app, String groupId, TopicOffsets topics, String input, long end,
      long warmup, CpuMeter cpu) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + (120 + end / 500) * 1_000_000_000L;
    long firstAt = -1;
    long measuredFrom = -1;
    long atMeasured = 0;
    long doneAt;
    long committed;
    Map<String, java.time.Duration> cpuAtMeasured = Map.of();
    Map<String, java.time.Duration> cpuAtDone;
    while (true) {
      committed = topics.committed(groupId, input);
      long now = System.nanoTime();
      if (firstAt < 0 && committed > 0) {
        firstAt = now;
      }
      if (measuredFrom < 0 && committed >= warmup) {
        measuredFrom = now;
        atMeasured = committed;
        cpuAtMeasured = cpu.read();
      }
      if (committed >= end) {
        doneAt = now;
        cpuAtDone = cpu.read();
        break;
      }
      KafkaStreams.State state = app.state();
      if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING
          || state == KafkaStreams.State.PENDING_ERROR) {
        throw new IllegalStateException(name + " stopped (" + state + ") at offset " + committed + " of " + end,
            app.failure().orElse(null));
      }
      if (now > deadline) {
        throw new IllegalStateException(name + " committed only " + committed + " of " + end + " records in "
            + (now - start) / 1_000_000_000L + " s");
      }
      Thread.sleep(POLL_MILLIS);
    }
    double seconds = (doneAt - measuredFrom) / 1e9;
    CpuMeter.Usage usage = CpuMeter.usage(cpuAtMeasured, cpuAtDone, seconds, Map.of());
    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "start-up to the first commit %.1f s; measured from the first commit at "
        + "or past 10 %% of the backlog to the commit of its end", (firstAt - start) / 1e9));
    notes.add("while measured, " + usage.describe());
    return new Rate(name, committed - atMeasured, seconds, (firstAt - start) / 1e9, notes, usage.otherProcesses());
  }

  /** The benchmark JVM's heap after a GC, its RSS, and RocksDB's own memory as its metrics estimate it. */
  private static String memory(KafkaStreams streams) {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long heap = runtime.totalMemory() - runtime.freeMemory();
    double memTables = 0;
    double tableReaders = 0;
    double blockCache = 0;
    for (Map.Entry<org.apache.kafka.common.MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
      Object value = e.getValue().metricValue();
      if (!(value instanceof Number number)) {
        continue;
      }
      switch (e.getKey().name()) {
        case "size-all-mem-tables" -> memTables += number.doubleValue();
        case "estimate-table-readers-mem" -> tableReaders += number.doubleValue();
        // one cache shared by every store (the platform's RocksDB budget): the largest report is the cache
        case "block-cache-usage" -> blockCache = Math.max(blockCache, number.doubleValue());
        default -> { }
      }
    }
    return String.format(Locale.ROOT, "benchmark JVM (segmentation in-process, next to the producer and the count "
        + "phase's leftovers): heap used after GC %.1f MiB, RSS %s; RocksDB estimate: memtables %.1f MiB + table "
        + "readers %.1f MiB + block cache %.1f MiB", heap / 1048576.0, rss(), memTables / 1048576.0,
        tableReaders / 1048576.0, blockCache / 1048576.0);
  }

  private static String rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          String[] f = line.split("\\s+");
          return String.format(Locale.ROOT, "%.1f MiB", Long.parseLong(f[1]) / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown";
  }

  /** {all files of the three segmentation stores except RocksDB's LOG files, their .sst files}. */
  static long[] stateBytes(Path appState) {
    long[] sizes = new long[2];
    if (!Files.isDirectory(appState)) {
      return sizes;
    }
    try (Stream<Path> paths = Files.walk(appState)) {
      paths.filter(Files::isRegularFile).forEach(p -> {
        Path rel = appState.relativize(p);
        // <task>/rocksdb/<store>/<file>
        if (rel.getNameCount() == 4 && rel.getName(1).toString().equals("rocksdb")
            && STORES.contains(rel.getName(2).toString()) && !rel.getFileName().toString().startsWith("LOG")) {
          try {
            long size = Files.size(p);
            sizes[0] += size;
            if (p.toString().endsWith(".sst")) {
              sizes[1] += size;
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sizes;
  }

  record Tick(int partitions, long entries, double medianMillis, double p99Millis, long dueFound) {}

  /**
   * The punctuator's scan with nothing due, on the due-index stores as the segmentation left them (opened read-only
   * after it stopped): per task, an iterator from the start of the index, which stops at its first entry because it
   * lies after the tick's time (the time just before the earliest entry of all tasks). One tick = every task once.
   */
  static Tick tick(Path appState) {
    RocksDB.loadLibrary();
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> tasks = Files.list(appState)) {
      tasks.map(t -> t.resolve("rocksdb").resolve(SegmentationTopology.DUE_INDEX)).filter(Files::isDirectory)
          .sorted().forEach(dirs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<RocksDB> dbs = new ArrayList<>();
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try (org.rocksdb.Options listOptions = new org.rocksdb.Options(); DBOptions dbOptions = new DBOptions()) {
      for (Path dir : dirs) {
        List<byte[]> families = RocksDB.listColumnFamilies(listOptions, dir.toString());
        List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
        for (byte[] family : families) {
          descriptors.add(new ColumnFamilyDescriptor(family));
        }
        List<ColumnFamilyHandle> opened = new ArrayList<>();
        dbs.add(RocksDB.openReadOnly(dbOptions, dir.toString(), descriptors, opened));
        for (int i = 0; i < families.size(); i++) {
          if (Arrays.equals(families.get(i), RocksDB.DEFAULT_COLUMN_FAMILY)) {
            handles.add(opened.get(i));
          }
        }
      }
      long entries = 0;
      long earliest = Long.MAX_VALUE;
      for (int i = 0; i < dbs.size(); i++) {
        try (RocksIterator it = dbs.get(i).newIterator(handles.get(i))) {
          it.seekToFirst();
          if (it.isValid()) {
            earliest = Math.min(earliest, time(it.key())); // the first entry is the earliest of its task
          }
          for (; it.isValid(); it.next()) {
            entries++;
          }
        }
      }
      long tickTime = earliest == Long.MAX_VALUE ? 0 : earliest - 1;
      byte[] from = DueIndexKey.before(Long.MIN_VALUE).get();
      long due = 0;
      int rounds = 2000;
      long[] nanos = new long[rounds];
      for (int r = -500; r < rounds; r++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < dbs.size(); i++) {
          try (RocksIterator it = dbs.get(i).newIterator(handles.get(i))) {
            it.seek(from);
            if (it.isValid() && time(it.key()) <= tickTime) {
              due++;
            }
          }
        }
        if (r >= 0) {
          nanos[r] = System.nanoTime() - t0;
        }
      }
      Arrays.sort(nanos);
      return new Tick(dbs.size(), entries, nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.99)] / 1e6, due);
    } catch (RocksDBException e) {
      throw new IllegalStateException("cannot open the due index: " + e.getMessage(), e);
    } finally {
      handles.forEach(ColumnFamilyHandle::close);
      dbs.forEach(RocksDB::close);
    }
  }

  record Cuts(int summaries, double medianMillis, double p99Millis) {}

  /**
   * What every tick recomputes besides the index scan: the latest RFM summary of every partition, as published on
   * {@link DistributionTopic}, decoded, merged and turned into the population's cuts with the default definitions.
   */
  static Cuts cuts(String bootstrap) {
    Map<String, byte[]> latest = new HashMap<>();
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      String topic = DistributionTopic.TOPIC.name();
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(java.time.Duration.ofMillis(200))) {
          if (r.value() != null) {
            latest.put(r.key(), r.value());
          }
        }
      }
    }
    Segmenter segmenter = new Segmenter(SegmentationConfig.DEFAULTS);
    int rounds = 1000;
    long[] nanos = new long[rounds];
    for (int r = -200; r < rounds; r++) {
      long t0 = System.nanoTime();
      RfmDistribution merged = null;
      for (byte[] bytes : latest.values()) {
        RfmDistribution d = RfmDistributionCodec.decode(bytes);
        merged = merged == null ? d : merged.merge(d);
      }
      segmenter.populationCuts(Optional.ofNullable(merged).filter(d -> d.population() > 0));
      if (r >= 0) {
        nanos[r] = System.nanoTime() - t0;
      }
    }
    Arrays.sort(nanos);
    return new Cuts(latest.size(), nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.99)] / 1e6);
  }

  private static long time(byte[] key) {
    return ByteBuffer.wrap(key, 0, Long.BYTES).getLong() ^ Long.MIN_VALUE;
  }

  private void report(Instant startedAt, MachineInfo machine, String broker, Produced produced, Rate count,
      Rate segmentation, long[] state, String memory, Tick tick, Cuts cuts, Optional<Rate> churn) {
    List<Rate> phases = new ArrayList<>(List.of(count, segmentation));
    churn.ifPresent(phases::add);
    StringBuilder o = new StringBuilder();
    o.append("Segmentation benchmark, ").append(startedAt).append('\n');
    o.append("  machine    ").append(machine.describe()).append('\n');
    o.append("  broker     ").append(broker).append('\n');
    o.append(String.format(Locale.ROOT, "  backlog    %,d events for %,d customers (%,d asked, %d events each on "
            + "average) over %d days, %.0f bytes per event, produced in %.1f s%n", produced.events(),
        produced.customers(), options.customers(), options.eventsPerCustomer(), SegmentationPayloads.SPAN.toDays(),
        produced.bytes() / (double) Math.max(1, produced.events()), produced.seconds()));
    o.append('\n');
    String row = "%-16s %11s %9s %11s %11s%n";
    o.append(String.format(Locale.ROOT, row, "PHASE", "EVENTS", "SECONDS", "EVENTS/S", "START-UP S"));
    for (Rate r : phases) {
      o.append(String.format(Locale.ROOT, row, r.name(), String.format(Locale.ROOT, "%,d", r.events()),
          String.format(Locale.ROOT, "%.2f", r.seconds()), String.format(Locale.ROOT, "%,.0f", r.perSecond()),
          String.format(Locale.ROOT, "%.1f", r.startupSeconds())));
    }
    for (Rate r : phases) {
      if (r.otherCores() != null && r.otherCores() >= BenchReport.BUSY_ELSEWHERE) {
        o.append(String.format(Locale.ROOT, "WARNING: other processes kept %.2f cores busy during the %s phase; "
            + "these figures are disturbed%n", r.otherCores(), r.name()));
      }
    }
    o.append('\n');
    for (Rate r : phases) {
      o.append(r.name()).append(":\n");
      r.notes().forEach(n -> o.append("  - ").append(n).append('\n'));
    }
    double ratio = count.perSecond() > 0 ? segmentation.perSecond() / count.perSecond() : 0;
    double perCustomer = state[0] / (double) Math.max(1, produced.customers());
    o.append('\n');
    o.append(String.format(Locale.ROOT, "state on disk: %,d bytes in the customer-state, customer-book and "
            + "due-index stores (%,d of them .sst; RocksDB LOG files excluded) = %.0f bytes per customer%n",
        state[0], state[1], perCustomer));
    o.append("memory: ").append(memory).append('\n');
    o.append(String.format(Locale.ROOT, "timer tick with nothing due: %d tasks, %,d index entries, median %.3f ms, "
            + "p99 %.3f ms per tick (RocksDB read-only, without Kafka Streams' store layers; %d due found)%n",
        tick.partitions(), tick.entries(), tick.medianMillis(), tick.p99Millis(), tick.dueFound()));
    o.append(String.format(Locale.ROOT, "population cuts, recomputed by every task at every tick (SegmentProcessor."
            + "fireDue -> Population.cuts): %d partition summaries decoded and merged, median %.3f ms, p99 %.3f ms "
            + "(without reading the global store); a tick of the whole instance with nothing due is then about "
            + "the scan of all tasks + %d x cuts = %.2f ms%n", cuts.summaries(), cuts.medianMillis(), cuts.p99Millis(),
        tick.partitions(), tick.medianMillis() + tick.partitions() * cuts.medianMillis()));
    double tickTotal = tick.medianMillis() + tick.partitions() * cuts.medianMillis();
    o.append('\n');
    o.append(String.format(Locale.ROOT, "Ratio segmentation / count: %.3f (%.1f%%)%n", ratio, ratio * 100));
    churn.ifPresent(c -> {
      double churnRatio = count.perSecond() > 0 ? c.perSecond() / count.perSecond() : 0;
      o.append(String.format(Locale.ROOT, "Ratio churn / count: %.3f (%.1f%%) (the churn detector also reads the "
          + "segmentation's customer values, which the count does not)%n", churnRatio, churnRatio * 100));
    });
    o.append("Targets (informational):\n");
    o.append(target(ratio >= RATE_TARGET, "segmentation >= 50% of count", String.format(Locale.ROOT, "%.1f%%",
        ratio * 100)));
    o.append(target(perCustomer <= STATE_TARGET_BYTES, "state <= 400 B/customer", String.format(Locale.ROOT,
        "%.0f B/customer", perCustomer)));
    o.append(target(tickTotal <= TICK_TARGET_MILLIS, "tick <= 5 ms at 1M customers",
        String.format(Locale.ROOT, "%.2f ms (index scan %.3f ms + cuts) at %,d customers%s", tickTotal,
            tick.medianMillis(), produced.customers(),
            produced.customers() < 1_000_000 ? " (fewer than 1M)" : "")));
    out.print(o);
    out.flush();
  }

  private static String target(boolean met, String requirement, String measured) {
    return String.format(Locale.ROOT, "  %-4s %-32s measured %s%n", met ? "PASS" : "MISS", requirement, measured);
  }

  private void say(String line) {
    out.println(line);
    out.flush();
  }
}
