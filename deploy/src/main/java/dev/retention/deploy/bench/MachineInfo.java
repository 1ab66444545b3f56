package dev.retention.deploy.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/** The machine a benchmark ran on, to print beside its figures. */
public record MachineInfo(int cores, long memoryBytes, String java, String os, double loadAverage) {

  public static MachineInfo current() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
    return new MachineInfo(Runtime.getRuntime().availableProcessors(), memory,
        System.getProperty("java.vm.name") + " " + Runtime.version(),
        os.getName() + " " + os.getVersion() + " " + os.getArch(), os.getSystemLoadAverage());
  }

  /** {@code 2 cores, 23.5 GiB, OpenJDK 64-Bit Server VM 17.0.15+6, Linux 6.1 amd64, load 0.4}. */
  public String describe() {
    return String.format(Locale.ROOT, "%d cores, %s memory, %s, %s, load average %.2f (1 min) at start", cores,
        memoryBytes < 0 ? "?" : String.format(Locale.ROOT, "%.1f GiB", memoryBytes / (1024.0 * 1024 * 1024)), java,
        os, loadAverage);
  }
}
