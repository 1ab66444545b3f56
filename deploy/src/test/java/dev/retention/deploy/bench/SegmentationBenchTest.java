package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentationBenchTest {

  @Test
  void theCountReferenceDoesNotRepartition() {
    var description = SegmentationBench.countTopology("retention.interactions.v1").describe();
    assertThat(description.subtopologies()).hasSize(1);
    assertThat(description.toString()).doesNotContain("repartition");
  }

  @Test
  void stateBytesCountOnlyTheSegmentationStoresWithoutLogs(@TempDir Path dir) throws Exception {
    Path state = Files.createDirectories(dir.resolve("0_1/rocksdb/segmentation-customer-state"));
    Files.write(state.resolve("000010.sst"), new byte[100]);
    Files.write(state.resolve("MANIFEST-000005"), new byte[10]);
    Files.write(state.resolve("LOG"), new byte[1000]);
    Path other = Files.createDirectories(dir.resolve("0_1/rocksdb/segmentation-distributions"));
    Files.write(other.resolve("000011.sst"), new byte[1000]);
    assertThat(SegmentationBench.stateBytes(dir)).containsExactly(110, 100);
  }
}
