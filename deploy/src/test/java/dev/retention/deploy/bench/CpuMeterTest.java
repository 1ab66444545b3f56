package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

  @Test
  void busyTimeIsUserNiceSystemIrqAndSoftirq() {
    assertThat(CpuMeter.parseBusy("cpu  1000 20 300 99999 500 7 3 11 0 0"))
        .contains(Duration.ofMillis((1000 + 20 + 300 + 7 + 3) * 10));
    assertThat(CpuMeter.parseBusy("intr 1 2 3")).isEmpty();
  }

  @Test
  void coresAreCpuSecondsOverWallSecondsAndTheRestOfTheMachineIsOtherProcesses() {
    Map<String, Duration> before = Map.of("this JVM", Duration.ofSeconds(10), CpuMeter.MACHINE,
        Duration.ofSeconds(100));
    Map<String, Duration> after = Map.of("this JVM", Duration.ofSeconds(20), CpuMeter.MACHINE,
        Duration.ofSeconds(120));

    CpuMeter.Usage usage = CpuMeter.usage(before, after, 10, Map.of("load generator", 5.0));

    assertThat(usage.otherProcesses()).isEqualTo(0.5);
    assertThat(usage.describe()).startsWith("cores busy on average: ")
        .contains("this JVM 1.00", "load generator 0.50", "other processes 0.50", "(sum 2.00 of ");
  }
}
