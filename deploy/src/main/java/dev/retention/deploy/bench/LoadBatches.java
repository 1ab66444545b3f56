package dev.retention.deploy.bench;

import dev.retention.deploy.bench.BenchPayloads.Payload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The request bodies of an HTTP load: the payloads as NDJSON batches, sent in order and, when the load outlasts
 * them, again. Every pass after the first is a new <em>round</em> whose events get the id suffix {@code -r<round>},
 * so that no two requests of a run carry the same (source, id) and a validator downstream has no duplicates to drop;
 * round 0 is the payloads' own bytes.
 */
public final class LoadBatches {

  private final List<Batch> batches;
  private final int batchSize;

  /** One request body and where its events' ids end. */
  private record Batch(byte[] body, int[] idEnds) {}

  private LoadBatches(List<Batch> batches, int batchSize) {
    this.batches = batches;
    this.batchSize = batchSize;
  }

  /** Cuts the payloads into batches of {@code batchSize}; a remainder smaller than a batch is left out. */
  public static LoadBatches of(List<Payload> payloads, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive, was " + batchSize);
    }
    if (payloads.size() < batchSize) {
      throw new IllegalArgumentException("need at least one batch of " + batchSize + " events, have "
          + payloads.size());
    }
    List<Batch> batches = new ArrayList<>();
    for (int from = 0; from + batchSize <= payloads.size(); from += batchSize) {
      ByteArrayOutputStream body = new ByteArrayOutputStream(batchSize * 600);
      int[] idEnds = new int[batchSize];
      for (int i = 0; i < batchSize; i++) {
        Payload payload = payloads.get(from + i);
        idEnds[i] = body.size() + payload.idEnd();
        body.writeBytes(payload.json());
        body.write('\n');
      }
      batches.add(new Batch(body.toByteArray(), idEnds));
    }
    return new LoadBatches(List.copyOf(batches), batchSize);
  }

  public int batchSize() {
    return batchSize;
  }

  /** Batches per round. */
  public int size() {
    return batches.size();
  }

  /** The body of the {@code sequence}-th request of a load (0, 1, 2, ...), round after round. */
  public byte[] body(long sequence) {
    Batch batch = batches.get((int) (sequence % batches.size()));
    long round = sequence / batches.size();
    return round == 0 ? batch.body() : withSuffix(batch, ("-r" + round).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] withSuffix(Batch batch, byte[] suffix) {
    byte[] body = batch.body();
    byte[] out = new byte[body.length + suffix.length * batch.idEnds().length];
    int from = 0;
    int to = 0;
    for (int idEnd : batch.idEnds()) {
      int length = idEnd - from;
      System.arraycopy(body, from, out, to, length);
      to += length;
      System.arraycopy(suffix, 0, out, to, suffix.length);
      to += suffix.length;
      from = idEnd;
    }
    System.arraycopy(body, from, out, to, body.length - from);
    return out;
  }
}
