package dev.retention.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CPU time of the processes a phase runs on (this JVM, the private broker) and, on Linux, of the whole machine, to say
 * where a small machine's cores went and whether something else was using them: CPU seconds over wall seconds is the
 * number of cores kept busy on average.
 */
final class CpuMeter {

  /** The key of the whole machine's busy time in {@link #read()}. */
  static final String MACHINE = "machine";

  private static final Path PROC_STAT = Path.of("/proc/stat");
  /** Linux reports /proc/stat in USER_HZ, 100 on every architecture Java runs on. */
  private static final long USER_HZ = 100;

  private final Map<String, ProcessHandle> processes;

  /** @param processes by the name to print, in the order to print them */
  CpuMeter(Map<String, ProcessHandle> processes) {
    this.processes = new LinkedHashMap<>(processes);
  }

  /** CPU time so far, per process and of the whole machine; what is unknown is left out. */
  Map<String, Duration> read() {
    Map<String, Duration> cpu = new LinkedHashMap<>();
    processes.forEach((name, process) -> process.info().totalCpuDuration().ifPresent(d -> cpu.put(name, d)));
    machineBusy().ifPresent(d -> cpu.put(MACHINE, d));
    return cpu;
  }

  /**
   * Cores a phase kept busy on average.
   *
   * @param cores by process, in the order measured
   * @param otherProcesses cores busy with processes not measured (other work on the machine), null if unknown
   */
  record Usage(Map<String, Double> cores, Double otherProcesses) {

    /** {@code cores busy on average: this JVM 1.21, broker 0.42, other processes 0.02 (sum 1.65 of 2)}. */
    String describe() {
      if (cores.isEmpty()) {
        return "cores busy on average: not measured";
      }
      Map<String, Double> all = new LinkedHashMap<>(cores);
      if (otherProcesses != null) {
        all.put("other processes", otherProcesses);
      }
      double total = all.values().stream().mapToDouble(Double::doubleValue).sum();
      return String.format(Locale.ROOT, "cores busy on average: %s (sum %.2f of %d)", all.entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
          .collect(Collectors.joining(", ")), total, Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * The cores used between two {@link #read()}s {@code seconds} apart.
   *
   * @param others CPU seconds of processes measured elsewhere over the same time, by name
   */
  static Usage usage(Map<String, Duration> before, Map<String, Duration> after, double seconds,
      Map<String, Double> others) {
    if (seconds <= 0) {
      return new Usage(Map.of(), null);
    }
    Map<String, Double> cores = new LinkedHashMap<>();
    after.forEach((name, end) -> {
      Duration start = before.get(name);
      if (start != null && !name.equals(MACHINE)) {
        cores.put(name, end.minus(start).toNanos() / 1e9 / seconds);
      }
    });
    others.forEach((name, cpuSeconds) -> cores.put(name, cpuSeconds / seconds));
    Double other = null;
    if (before.containsKey(MACHINE) && after.containsKey(MACHINE)) {
      double machine = after.get(MACHINE).minus(before.get(MACHINE)).toNanos() / 1e9 / seconds;
      other = Math.max(0, machine - cores.values().stream().mapToDouble(Double::doubleValue).sum());
    }
    return new Usage(cores, other);
  }

  /** Busy time of every CPU of the machine (user, nice, system, irq, softirq), from /proc/stat, if there is one. */
  static Optional<Duration> machineBusy() {
    try {
      List<String> lines = Files.readAllLines(PROC_STAT);
      return lines.isEmpty() ? Optional.empty() : parseBusy(lines.get(0));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The busy time in the {@code cpu} line of /proc/stat. */
  static Optional<Duration> parseBusy(String cpuLine) {
    String[] fields = cpuLine.strip().split("\\s+");
    if (fields.length < 8 || !fields[0].equals("cpu")) {
      return Optional.empty();
    }
    long ticks = 0;
    for (int i : new int[] {1, 2, 3, 6, 7}) { // user nice system (idle iowait) irq softirq
      ticks += Long.parseLong(fields[i]);
    }
    return Optional.of(Duration.ofMillis(ticks * 1000 / USER_HZ));
  }
}
