package dev.retention.deploy.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load from a process of its own, so that the load does not share a JVM (heap, JIT, GC) with the gateway it
 * measures: {@code concurrency} clients post NDJSON batches in a closed loop (each sends its next request when the
 * previous one is answered), first for a warm-up that is not measured, then for the measured window, and it prints
 * one {@link LoadResult} line. The payloads are {@link BenchPayloads#generate(int, long)} of the given count and seed,
 * the same bytes the benchmark produces to Kafka directly; see {@link LoadBatches} for what is sent once they run out.
 * It prints {@value #STARTED} when the load begins, so that the benchmark can measure the other processes over the
 * same time.
 *
 * <p>Bounded three ways: by time (warm-up plus window), by events, and by refusing any address that is not this
 * machine's loopback. Stops by itself.
 *
 * <p>Arguments: {@code url batchSize concurrency warmupSeconds seconds maxEvents payloadCount seed firstRound}; the API
 * key comes from the environment variable {@value #API_KEY_ENV}, so that it does not show in the process list.
 */
public final class HttpLoadGenerator {

  public static final String API_KEY_ENV = "RETENTION_BENCH_API_KEY";
  /** The line printed when the load starts, after the payloads are ready. */
  public static final String STARTED = "STARTED";

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_REPORTED_ERRORS = 5;

  private HttpLoadGenerator() {}

  /** What to send, where, for how long. */
  public record Plan(URI url, int batchSize, int concurrency, Duration warmup, Duration window, long maxEvents,
      int payloadCount, long seed, long firstRound) {

    public Plan {
      requireLoopback(url);
      if (batchSize < 1 || concurrency < 1 || maxEvents < batchSize || payloadCount < batchSize || firstRound < 0) {
        throw new IllegalArgumentException("batchSize, concurrency, maxEvents and payloadCount must be positive, "
            + "maxEvents and payloadCount at least one batch, firstRound not negative");
      }
    }

    public static Plan parse(String[] args) {
      if (args.length != 9) {
        throw new IllegalArgumentException("usage: HttpLoadGenerator url batchSize concurrency warmupSeconds "
            + "seconds maxEvents payloadCount seed firstRound (got " + args.length + " arguments)");
      }
      return new Plan(URI.create(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
          Duration.ofSeconds(Long.parseLong(args[3])), Duration.ofSeconds(Long.parseLong(args[4])),
          Long.parseLong(args[5]), Integer.parseInt(args[6]), Long.parseLong(args[7]), Long.parseLong(args[8]));
    }

    public List<String> toArgs() {
      return List.of(url.toString(), Integer.toString(batchSize), Integer.toString(concurrency),
          Long.toString(warmup.toSeconds()), Long.toString(window.toSeconds()), Long.toString(maxEvents),
          Integer.toString(payloadCount), Long.toString(seed), Long.toString(firstRound));
    }
  }

  public static void main(String[] args) throws Exception {
    Plan plan = Plan.parse(args);
    String apiKey = System.getenv(API_KEY_ENV);
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("set the API key in " + API_KEY_ENV);
    }
    LoadBatches batches = LoadBatches.of(BenchPayloads.generate(plan.payloadCount(), plan.seed()), plan.batchSize());
    System.out.println(run(plan, apiKey, batches).toLine());
  }

  static LoadResult run(Plan plan, String apiKey, LoadBatches batches) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    long maxBatches = plan.maxEvents() / plan.batchSize();
    AtomicLong next = new AtomicLong(plan.firstRound() * batches.size());
    long lastSequence = next.get() + maxBatches;
    Duration cpuBefore = cpuTime();
    System.out.println(STARTED);
    System.out.flush();
    long start = System.nanoTime();
    long measureFrom = start + plan.warmup().toNanos();
    long deadline = measureFrom + plan.window().toNanos();
    List<Worker> workers = new ArrayList<>();
    for (int c = 0; c < plan.concurrency(); c++) {
      Worker worker = new Worker(client, plan, apiKey, batches, next, lastSequence, measureFrom, deadline);
      worker.thread = new Thread(worker, "load-" + c);
      worker.thread.start();
      workers.add(worker);
    }
    for (Worker worker : workers) {
      worker.thread.join();
    }
    long end = System.nanoTime();
    double cpuSeconds = cpuTime().minus(cpuBefore).toNanos() / 1e9;
    double seconds = Math.max(1e-9, (end - measureFrom) / 1e9);
    long events = 0;
    long sent = 0;
    long errors = 0;
    int total = 0;
    for (Worker w : workers) {
      events += w.measuredBatches * plan.batchSize();
      sent += w.acceptedBatches * plan.batchSize();
      errors += w.errors;
      total += w.recorded;
    }
    long[] all = new long[total];
    int at = 0;
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, all, at, w.recorded);
      at += w.recorded;
    }
    Percentiles p = Percentiles.of(all, total);
    return new LoadResult(events, seconds, events / seconds, p.p50Millis(), p.p99Millis(), p.maxMillis(), total,
        errors, sent, (end - start) / 1e9, cpuSeconds);
  }

  private static Duration cpuTime() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** One client of the closed loop. */
  private static final class Worker implements Runnable {
    private static final AtomicLong REPORTED = new AtomicLong();

    private final HttpClient client;
    private final Plan plan;
    private final String apiKey;
    private final LoadBatches batches;
    private final AtomicLong next;
    private final long lastSequence;
    private final long measureFrom;
    private final long deadline;
    Thread thread;
    long[] latencies = new long[1 << 12];
    int recorded;
    long measuredBatches;
    long acceptedBatches;
    long errors;

    Worker(HttpClient client, Plan plan, String apiKey, LoadBatches batches, AtomicLong next, long lastSequence,
        long measureFrom, long deadline) {
      this.client = client;
      this.plan = plan;
      this.apiKey = apiKey;
      this.batches = batches;
      this.next = next;
      this.lastSequence = lastSequence;
      this.measureFrom = measureFrom;
      this.deadline = deadline;
    }

    @Override
    public void run() {
      while (System.nanoTime() < deadline) {
        long sequence = next.getAndIncrement();
        if (sequence >= lastSequence) {
          return;
        }
        HttpRequest request = HttpRequest.newBuilder(plan.url())
            .header("Content-Type", "application/x-ndjson")
            .header("Authorization", "Bearer " + apiKey)
            .timeout(REQUEST_TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(batches.body(sequence)))
            .build();
        long sent = System.nanoTime();
        try {
          HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
          long took = System.nanoTime() - sent;
          boolean accepted = response.statusCode() == 202;
          if (accepted) {
            acceptedBatches++;
          } else {
            errors++;
            report("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
          }
          if (sent >= measureFrom) {
            measuredBatches += accepted ? 1 : 0;
            record(took);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          errors++;
          report(e.toString());
          return; // the server is gone or wedged: this client stops
        }
      }
    }

    private void record(long nanos) {
      if (recorded == latencies.length) {
        latencies = Arrays.copyOf(latencies, recorded * 2);
      }
      latencies[recorded++] = nanos;
    }

    private static void report(String error) {
      if (REPORTED.incrementAndGet() <= MAX_REPORTED_ERRORS) {
        System.err.println("load: " + error);
      }
    }

    private static String abbreviate(String body) {
      return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
  }

  /** Load goes to this machine only: {@code localhost} or a loopback address literal; names are not looked up. */
  static void requireLoopback(URI url) {
    String host = url.getHost();
    boolean literal = host != null && (host.matches("[0-9.]+") || host.startsWith("["));
    boolean loopback = "localhost".equalsIgnoreCase(host);
    if (literal) {
      try {
        loopback = InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        loopback = false;
      }
    }
    if (!loopback) {
      throw new IllegalArgumentException("the load generator only sends to this machine's loopback, not " + url);
    }
  }
}
