package dev.retention.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

class BoundedMemoryRocksDBConfigTest {

  @Test
  void shouldPutEveryStoreOnTheSharedCache() {
    try (Options first = new Options(); Options second = new Options()) {
      first.setTableFormatConfig(new BlockBasedTableConfig());
      second.setTableFormatConfig(new BlockBasedTableConfig());
      Map<String, Object> configs = Map.of(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_CONFIG, 32L * 1024 * 1024);

      BoundedMemoryRocksDBConfig setter = new BoundedMemoryRocksDBConfig();
      setter.setConfig("store-a", first, configs);
      setter.setConfig("store-b", second, configs);

      BlockBasedTableConfig table = (BlockBasedTableConfig) first.tableFormatConfig();
      assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
      assertThat(table.cacheIndexAndFilterBlocksWithHighPriority()).isTrue();
      assertThat(table.pinTopLevelIndexAndFilter()).isTrue();
      assertThat(first.writeBufferSize()).isEqualTo(BoundedMemoryRocksDBConfig.memtableSize(32L * 1024 * 1024));
      assertThat(first.maxWriteBufferNumber()).isEqualTo(3);
      setter.close("store-a", first);
      setter.close("store-b", second);
    }
  }

  @Test
  void shouldReadTheBudgetAsNumberOrText() {
    assertThat(BoundedMemoryRocksDBConfig.totalMemory(Map.of(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_CONFIG, 5L)))
        .isEqualTo(5L);
    assertThat(BoundedMemoryRocksDBConfig.totalMemory(Map.of(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_CONFIG, "7")))
        .isEqualTo(7L);
    assertThat(BoundedMemoryRocksDBConfig.totalMemory(Map.of()))
        .isEqualTo(BoundedMemoryRocksDBConfig.DEFAULT_TOTAL_MEMORY);
    assertThatThrownBy(() -> BoundedMemoryRocksDBConfig.totalMemory(
        Map.of(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_CONFIG, 0)))
        .hasMessageContaining("must be positive");
  }

  @Test
  void shouldKeepMemtablesWithinTheirShare() {
    assertThat(BoundedMemoryRocksDBConfig.memtableSize(1L << 30)).isEqualTo(16L * 1024 * 1024);
    assertThat(BoundedMemoryRocksDBConfig.memtableSize(12L * 1024 * 1024)).isEqualTo(1024L * 1024);
    assertThat(BoundedMemoryRocksDBConfig.memtableSize(1024)).isEqualTo(64L * 1024);
  }
}
