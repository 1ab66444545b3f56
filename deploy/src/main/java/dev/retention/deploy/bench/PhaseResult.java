package dev.retention.deploy.bench;

import java.util.List;

/**
 * What one phase of a benchmark measured.
 *
 * @param name short name, e.g. {@code raw producer}
 * @param events events in the measured window
 * @param seconds length of the measured window
 * @param bytes key and value bytes of those events
 * @param p50Millis median request latency, null where there are no requests
 * @param p99Millis 99th percentile request latency, null where there are no requests
 * @param otherCores cores other processes of the machine kept busy meanwhile (a disturbance), null if unknown
 * @param notes what else was seen: start-up time, CPU use, checks, errors
 */
public record PhaseResult(String name, long events, double seconds, long bytes, Double p50Millis, Double p99Millis,
    Double otherCores, List<String> notes) {

  public PhaseResult {
    notes = List.copyOf(notes);
  }

  public double eventsPerSecond() {
    return seconds > 0 ? events / seconds : 0;
  }

  public double megabytesPerSecond() {
    return seconds > 0 ? bytes / seconds / 1e6 : 0;
  }
}
