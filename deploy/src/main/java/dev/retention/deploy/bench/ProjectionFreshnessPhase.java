package dev.retention.deploy.bench;

import dev.retention.contracts.topics.Topics;
import dev.retention.deploy.bench.ProjectionRun.Phase;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Freshness of the customer 360: interaction events to {@code retention.interactions.v1} at a fixed rate, keyed by
 * customer; every {@link ProjectionPacer#probeStride()}-th is a probe, whose customer's 360 is then polled over HTTP
 * on the instance that owns it until the probe's id shows in the timeline. Freshness = the receipt of the first answer
 * that shows it minus the send, both on this JVM's clock: an upper bound, late by at most the poll interval (see
 * {@link #pollDelayNanos}) plus one request.
 */
final class ProjectionFreshnessPhase {

  static final String NAME = "freshness";
  static final Duration POLL_INTERVAL = Duration.ofMillis(10);
  private static final int WATCHERS = 4;

  private final ProjectionCluster cluster;
  private final ProjectionHttp http;
  private final Map<String, Object> producerConfig;

  ProjectionFreshnessPhase(ProjectionCluster cluster, ProjectionHttp http, Map<String, Object> producerConfig) {
    this.cluster = cluster;
    this.http = http;
    this.producerConfig = producerConfig;
  }

  Phase run(ProjectionPacer pacer, ProjectionEvents events, Duration maxWait, CpuMeter cpu, TopicOffsets offsets,
      String applicationId) throws InterruptedException {
    ProjectionLatencies freshness = new ProjectionLatencies();
    CountDownLatch probesDone = new CountDownLatch(Math.toIntExact(pacer.probes()));
    AtomicLong sendErrors = new AtomicLong();
    AtomicInteger polls = new AtomicInteger();
    ScheduledExecutorService watchers = Executors.newScheduledThreadPool(WATCHERS, r -> {
      Thread t = new Thread(r, "projection-bench-probe");
      t.setDaemon(true); // an aborted run must not keep the JVM alive
      return t;
    });
    Map<String, Duration> before = cpu.read();
    double seconds;
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
      seconds = pacer.drive(i -> {
        ProjectionEvents.Event e = events.next(i, Instant.now());
        boolean probe = pacer.isProbe(i);
        URI owner = probe ? cluster.uri(cluster.owner(e.customerId())) : null;
        long sentAt = System.nanoTime();
        producer.send(new ProducerRecord<>(Topics.INTERACTIONS.name(), e.customerId(), e.json()), (m, error) -> {
          if (error != null) {
            sendErrors.incrementAndGet();
          }
        });
        if (probe) {
          watchers.execute(new Watch(watchers, owner, e, sentAt, sentAt + maxWait.toNanos(), freshness, probesDone,
              polls));
        }
      });
      producer.flush();
    }
    CpuMeter.Usage usage = CpuMeter.usage(before, cpu.read(), seconds, Map.of());
    long lastSent = System.nanoTime();
    boolean allDone = probesDone.await(maxWait.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    watchers.shutdownNow();
    Double caughtUp = caughtUp(offsets, applicationId, lastSent, maxWait);
    return new Phase(NAME, seconds, List.of(freshness.series(ProjectionRun.FRESHNESS,
        "send -> probe's id in GET /v1/customers/{id} (owner)")),
        List.of(String.format(Locale.ROOT, "%,d interaction events at %,d events/s to %s, keyed by random "
                + "customers, %,d of them probes (%d/s), each polled every %d ms (or every twentieth of its age, "
                + "if longer) until visible (at most %d s)",
                pacer.total(), pacer.rate(), Topics.INTERACTIONS.name(), pacer.probes(),
                pacer.rate() / pacer.probeStride(), POLL_INTERVAL.toMillis(), maxWait.toSeconds()),
            String.format(Locale.ROOT, "%,d polls in all; %s; %,d sends failed", polls.get(),
                caughtUp == null ? "the instances had not committed every event " + maxWait.toSeconds()
                    + " s after the last send" : String.format(Locale.ROOT, "both instances had committed every "
                    + "event %.1f s after the last send", caughtUp), sendErrors.get())
            + (allDone ? "" : "; some probes were still being polled when the phase ended")),
        "while sending, " + usage.describe(), usage.otherProcesses(), pacer.rate());
  }

  /**
   * The wait before the next poll of a probe sent {@code ageNanos} ago: the poll interval, or a twentieth of the age
   * if that is longer, so that a projection far behind is not also flooded with polls (the figure stays within 5 %).
   */
  static long pollDelayNanos(long ageNanos) {
    return Math.max(POLL_INTERVAL.toNanos(), ageNanos / 20);
  }

  /** Seconds after {@code since} at which the application had committed the end of the topic; null if not in time. */
  private static Double caughtUp(TopicOffsets offsets, String applicationId, long since, Duration maxWait)
      throws InterruptedException {
    long deadline = since + maxWait.toNanos();
    while (System.nanoTime() < deadline) {
      if (offsets.committedToEnd(applicationId, Topics.INTERACTIONS.name())) {
        return (System.nanoTime() - since) / 1e9;
      }
      Thread.sleep(100);
    }
    return null;
  }

  /** Polls one probe's customer until the probe shows, rescheduling itself; counts down once it is settled. */
  private final class Watch implements Runnable {
    private final ScheduledExecutorService watchers;
    private final URI owner;
    private final ProjectionEvents.Event event;
    private final long sentAt;
    private final long giveUpAt;
    private final ProjectionLatencies freshness;
    private final CountDownLatch done;
    private final AtomicInteger polls;
    private final String marker;

    Watch(ScheduledExecutorService watchers, URI owner, ProjectionEvents.Event event, long sentAt, long giveUpAt,
        ProjectionLatencies freshness, CountDownLatch done, AtomicInteger polls) {
      this.watchers = watchers;
      this.owner = owner;
      this.event = event;
      this.sentAt = sentAt;
      this.giveUpAt = giveUpAt;
      this.freshness = freshness;
      this.done = done;
      this.polls = polls;
      this.marker = ProjectionEvents.timelineMarker(event.eventId());
    }

    @Override
    public void run() {
      boolean seen;
      try {
        polls.incrementAndGet();
        ProjectionHttp.Reply reply = http.get(owner, "/v1/customers/" + event.customerId());
        seen = reply.ok() && reply.body().contains(marker);
      } catch (RuntimeException e) {
        seen = false; // a failed poll is polled again until the probe gives up
      }
      long now = System.nanoTime();
      if (seen) {
        freshness.add(now - sentAt, true);
        done.countDown();
      } else if (now > giveUpAt) {
        freshness.fail();
        done.countDown();
      } else {
        try {
          watchers.schedule(this, pollDelayNanos(now - sentAt), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
          // the phase is over
        }
      }
    }
  }
}
