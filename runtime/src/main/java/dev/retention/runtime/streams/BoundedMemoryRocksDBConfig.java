package dev.retention.runtime.streams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of all RocksDB stores of an instance, as in the memory-management example of the Kafka
 * Streams documentation: every store shares one LRU block cache, index and filter blocks live in that cache, and a
 * write buffer manager charges the memtables to the same cache. Without this, each store (and each of its segments)
 * takes its own cache and memtables, and memory grows with the number of partitions until the container is killed.
 *
 * <p>Kafka Streams instantiates this class by name, once per store, so the shared cache lives in a static map keyed
 * by its size; it is never closed, by design (it lives as long as the JVM, and closing it while a store still uses it
 * would crash the process). The size comes from {@link #TOTAL_MEMORY_CONFIG}, which {@link StreamsDefaults} sets.
 */
public class BoundedMemoryRocksDBConfig implements RocksDBConfigSetter {

  /** Bytes all stores share; a Streams config key of ours, passed through to {@link #setConfig}. */
  public static final String TOTAL_MEMORY_CONFIG = "retention.rocksdb.memory.bytes";

  /** Used when {@link #TOTAL_MEMORY_CONFIG} is not set. */
  public static final long DEFAULT_TOTAL_MEMORY = 128L * 1024 * 1024;

  /** Share of the cache the memtables may take; the rest holds data, index and filter blocks. */
  static final double MEMTABLE_SHARE = 0.25;

  /** Share of the cache reserved for index and filter blocks, so data blocks cannot evict them. */
  static final double INDEX_FILTER_SHARE = 0.1;

  private static final long BLOCK_SIZE = 16 * 1024L;
  private static final int MEMTABLES_PER_STORE = 3;
  private static final long MAX_MEMTABLE_SIZE = 16L * 1024 * 1024;

  private static final Map<Long, SharedMemory> SHARED = new ConcurrentHashMap<>();

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    SharedMemory memory = shared(totalMemory(configs));

    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    // these three together bound the memory to the cache's capacity
    table.setBlockCache(memory.cache());
    table.setCacheIndexAndFilterBlocks(true);
    options.setWriteBufferManager(memory.writeBufferManager());
    // recommended with a bounded cache: index and filters in the high-priority pool, top level pinned
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    table.setBlockSize(BLOCK_SIZE);
    options.setMaxWriteBufferNumber(MEMTABLES_PER_STORE);
    options.setWriteBufferSize(memtableSize(memory.total()));
    options.setTableFormatConfig(table);
  }

  @Override
  public void close(String storeName, Options options) {
    // the cache and write buffer manager are shared by every store: not closed here
  }

  /** The bytes configured under {@link #TOTAL_MEMORY_CONFIG}, a number or its text. */
  static long totalMemory(Map<String, Object> configs) {
    Object value = configs.get(TOTAL_MEMORY_CONFIG);
    long total;
    if (value == null) {
      total = DEFAULT_TOTAL_MEMORY;
    } else if (value instanceof Number) {
      total = ((Number) value).longValue();
    } else {
      total = Long.parseLong(value.toString().strip());
    }
    if (total < 1) {
      throw new IllegalArgumentException(TOTAL_MEMORY_CONFIG + " must be positive, was " + value);
    }
    return total;
  }

  /** One memtable: small enough that several stores can each fill a few within the memtable share. */
  static long memtableSize(long total) {
    long share = (long) (total * MEMTABLE_SHARE);
    return Math.max(64 * 1024L, Math.min(MAX_MEMTABLE_SIZE, share / MEMTABLES_PER_STORE));
  }

  private static SharedMemory shared(long total) {
    return SHARED.computeIfAbsent(total, SharedMemory::allocate);
  }

  /** The cache and write buffer manager of one memory budget. */
  record SharedMemory(long total, Cache cache, WriteBufferManager writeBufferManager) {

    static SharedMemory allocate(long total) {
      // strict capacity is off: with it on, RocksDB fails reads and writes when the cache is full
      Cache cache = new LRUCache(total, -1, false, INDEX_FILTER_SHARE);
      WriteBufferManager manager = new WriteBufferManager((long) (total * MEMTABLE_SHARE), cache);
      return new SharedMemory(total, cache, manager);
    }
  }
}
