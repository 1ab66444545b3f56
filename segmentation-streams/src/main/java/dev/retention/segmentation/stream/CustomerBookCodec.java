package dev.retention.segmentation.stream;

import dev.retention.contracts.segments.FrequencyClass;
import dev.retention.contracts.segments.LifecycleStage;
import dev.retention.contracts.segments.ValueTier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The binary form of a {@link CustomerBook} in the {@code segmentation-customer-book} store: a format version byte,
 * the two times (a presence byte, then epoch milliseconds), the three enums (0 for none, else ordinal + 1) and the
 * per-currency totals (count, then code and exact decimal text). Deterministic: equal books give identical bytes.
 */
final class CustomerBookCodec {

  static final int VERSION = 1;

  private CustomerBookCodec() {}

  static Serde<CustomerBook> serde() {
    return Serdes.serdeFrom((topic, book) -> book == null ? null : encode(book),
        (topic, bytes) -> bytes == null ? null : decode(bytes));
  }

  static byte[] encode(CustomerBook book) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      writeTime(out, book.asOf());
      writeTime(out, book.due());
      out.writeByte(book.tier() == null ? 0 : book.tier().ordinal() + 1);
      out.writeByte(book.frequencyClass() == null ? 0 : book.frequencyClass().ordinal() + 1);
      out.writeByte(book.stage() == null ? 0 : book.stage().ordinal() + 1);
      out.writeShort(book.paid().size());
      for (Map.Entry<String, BigDecimal> e : book.paid().entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue().toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static CustomerBook decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("unknown customer book format " + version);
      }
      Instant asOf = readTime(in);
      Instant due = readTime(in);
      ValueTier tier = readEnum(in, ValueTier.values());
      FrequencyClass frequencyClass = readEnum(in, FrequencyClass.values());
      LifecycleStage stage = readEnum(in, LifecycleStage.values());
      int currencies = in.readUnsignedShort();
      TreeMap<String, BigDecimal> paid = new TreeMap<>();
      for (int i = 0; i < currencies; i++) {
        paid.put(in.readUTF(), new BigDecimal(in.readUTF()));
      }
      return new CustomerBook(asOf, due, tier, frequencyClass, stage, paid);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTime(DataOutputStream out, Instant time) throws IOException {
    out.writeBoolean(time != null);
    if (time != null) {
      out.writeLong(time.toEpochMilli());
    }
  }

  private static Instant readTime(DataInputStream in) throws IOException {
    return in.readBoolean() ? Instant.ofEpochMilli(in.readLong()) : null;
  }

  private static <E extends Enum<E>> E readEnum(DataInputStream in, E[] values) throws IOException {
    int code = in.readUnsignedByte();
    return code == 0 ? null : values[code - 1];
  }
}
