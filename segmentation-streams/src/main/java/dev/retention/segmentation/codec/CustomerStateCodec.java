package dev.retention.segmentation.codec;

import dev.retention.contracts.events.Severity;
import dev.retention.segmentation.state.ActivityHistory;
import dev.retention.segmentation.state.Bucket;
import dev.retention.segmentation.state.Complaints;
import dev.retention.segmentation.state.ContactCounts;
import dev.retention.segmentation.state.CustomerState;
import dev.retention.segmentation.state.OpenComplaint;
import dev.retention.segmentation.state.PurchaseSummary;
import dev.retention.segmentation.state.RankedItem;
import dev.retention.segmentation.state.SurveyScore;
import dev.retention.segmentation.state.SurveyScores;
import dev.retention.segmentation.state.Tally;
import dev.retention.segmentation.state.TopItems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact binary form of a {@link CustomerState}, for the state store: a format version byte, the money scale,
 * then every part with variable-length integers, amounts as unscaled integers, instants as deltas and only the
 * buckets, counts and items that are there. {@code decode(encode(s))} equals {@code s}.
 *
 * <p>Format version 2 (2 added the order count of each favourite item). The contact counts are written in the order of the contract's {@code ContactChannel} and
 * {@code ContactDirection} constants and severities by ordinal: reordering those enums needs a new format version
 * (a test pins the order).
 */
public final class CustomerStateCodec {

  static final int VERSION = 2;

  private static final int WEEK = 1;
  private static final int PURCHASES = 2;
  private static final int SPEND = 4;
  private static final int REFUNDS = 8;
  private static final int REFUNDED = 16;
  private static final int CONTACTS = 32;

  private CustomerStateCodec() {}

  public static byte[] encode(CustomerState state) {
    int scale = state.purchases().spend().scale();
    BinaryWriter w = new BinaryWriter(scale);
    w.writeByte(VERSION);
    w.writeUnsigned(scale);
    writePurchases(w, state.purchases());
    writeHistory(w, state.history());
    writeContacts(w, state.contacts());
    writeComplaints(w, state.complaints());
    writeSurveys(w, state.surveys());
    writeItems(w, state.categories());
    writeItems(w, state.products());
    return w.toByteArray();
  }

  /**
   * @throws IllegalArgumentException if the bytes are not a state of a known format version
   */
  public static CustomerState decode(byte[] bytes) {
    BinaryReader r = new BinaryReader(bytes);
    int version = r.readByte();
    if (version != VERSION) {
      throw new IllegalArgumentException("unknown customer state format version " + version);
    }
    int scale = r.readUnsignedInt();
    r.scale(scale);
    CustomerState state = new CustomerState(readPurchases(r, scale), readHistory(r, scale), readContacts(r),
        readComplaints(r), readSurveys(r), readItems(r), readItems(r));
    if (!r.atEnd()) {
      throw new IllegalArgumentException("trailing bytes after a customer state");
    }
    return state;
  }

  private static void writePurchases(BinaryWriter w, PurchaseSummary p) {
    w.writeUnsigned(p.count());
    if (p.count() > 0) {
      w.writeInstant(p.last());
      w.writeInstant(p.first());
    }
    w.writeAmount(p.spend());
    w.writeUnsigned(p.refunds());
    w.writeAmount(p.refunded());
    w.writeUnsigned(p.recent().size());
    for (int i = p.recent().size() - 1; i >= 0; i--) {
      w.writeInstant(p.recent().get(i));
    }
    w.writeByte(p.reactivatedAt() == null ? 0 : 1);
    if (p.reactivatedAt() != null) {
      w.writeInstant(p.reactivatedAt());
    }
  }

  private static PurchaseSummary readPurchases(BinaryReader r, int scale) {
    int count = r.readUnsignedInt();
    Instant last = count > 0 ? r.readInstant() : null;
    Instant first = count > 0 ? r.readInstant() : null;
    BigDecimal spend = r.readAmount();
    int refunds = r.readUnsignedInt();
    BigDecimal refunded = r.readAmount();
    int n = r.readUnsignedInt();
    Instant[] recent = new Instant[n];
    for (int i = n - 1; i >= 0; i--) {
      recent[i] = r.readInstant();
    }
    Instant reactivatedAt = r.readByte() == 1 ? r.readInstant() : null;
    return new PurchaseSummary(count, first, last, spend, refunds, refunded, List.of(recent), reactivatedAt);
  }

  private static void writeHistory(BinaryWriter w, ActivityHistory h) {
    w.writeSigned(h.today());
    w.writeUnsigned(h.buckets().size());
    long previous = h.today();
    for (int i = h.buckets().size() - 1; i >= 0; i--) {
      Bucket b = h.buckets().get(i);
      w.writeUnsigned(previous - b.startDay());
      previous = b.startDay();
      Tally t = b.tally();
      int flags = (b.week() ? WEEK : 0) | (t.purchases() > 0 ? PURCHASES : 0) | (t.spend().signum() != 0 ? SPEND : 0)
          | (t.refunds() > 0 ? REFUNDS : 0) | (t.refunded().signum() != 0 ? REFUNDED : 0)
          | (t.contacts() > 0 ? CONTACTS : 0);
      w.writeByte(flags);
      if ((flags & PURCHASES) != 0) {
        w.writeUnsigned(t.purchases());
      }
      if ((flags & SPEND) != 0) {
        w.writeAmount(t.spend());
      }
      if ((flags & REFUNDS) != 0) {
        w.writeUnsigned(t.refunds());
      }
      if ((flags & REFUNDED) != 0) {
        w.writeAmount(t.refunded());
      }
      if ((flags & CONTACTS) != 0) {
        w.writeUnsigned(t.contacts());
      }
    }
  }

  private static ActivityHistory readHistory(BinaryReader r, int scale) {
    int today = Math.toIntExact(r.readSigned());
    int n = r.readUnsignedInt();
    Bucket[] buckets = new Bucket[n];
    long previous = today;
    BigDecimal zero = BigDecimal.ZERO.setScale(scale);
    for (int i = n - 1; i >= 0; i--) {
      int start = Math.toIntExact(previous - r.readUnsigned());
      previous = start;
      int flags = r.readByte();
      int purchases = (flags & PURCHASES) != 0 ? r.readUnsignedInt() : 0;
      BigDecimal spend = (flags & SPEND) != 0 ? r.readAmount() : zero;
      int refunds = (flags & REFUNDS) != 0 ? r.readUnsignedInt() : 0;
      BigDecimal refunded = (flags & REFUNDED) != 0 ? r.readAmount() : zero;
      int contacts = (flags & CONTACTS) != 0 ? r.readUnsignedInt() : 0;
      buckets[i] = new Bucket(start, (flags & WEEK) != 0, new Tally(purchases, spend, refunds, refunded, contacts));
    }
    return new ActivityHistory(today, List.of(buckets));
  }

  private static void writeContacts(BinaryWriter w, ContactCounts c) {
    int mask = 0;
    for (int i = 0; i < ContactCounts.SIZE; i++) {
      if (c.counts().get(i) > 0) {
        mask |= 1 << i;
      }
    }
    w.writeUnsigned(mask);
    for (int i = 0; i < ContactCounts.SIZE; i++) {
      if (c.counts().get(i) > 0) {
        w.writeUnsigned(c.counts().get(i));
      }
    }
    w.writeByte(c.last() == null ? 0 : 1);
    if (c.last() != null) {
      w.writeInstant(c.last());
    }
  }

  private static ContactCounts readContacts(BinaryReader r) {
    int mask = r.readUnsignedInt();
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < ContactCounts.SIZE; i++) {
      counts.add((mask & (1 << i)) != 0 ? r.readUnsignedInt() : 0);
    }
    Instant last = r.readByte() == 1 ? r.readInstant() : null;
    return new ContactCounts(counts, last);
  }

  private static void writeComplaints(BinaryWriter w, Complaints c) {
    w.writeUnsigned(c.opened());
    w.writeUnsigned(c.resolved());
    w.writeUnsigned(c.open().size());
    for (OpenComplaint o : c.open()) {
      w.writeString(o.complaintId());
      w.writeInstant(o.openedAt());
      w.writeByte(o.severity().ordinal());
    }
  }

  private static Complaints readComplaints(BinaryReader r) {
    int opened = r.readUnsignedInt();
    int resolved = r.readUnsignedInt();
    int n = r.readUnsignedInt();
    List<OpenComplaint> open = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      open.add(new OpenComplaint(r.readString(), r.readInstant(), Severity.values()[r.readByte()]));
    }
    return new Complaints(open, opened, resolved);
  }

  private static void writeSurveys(BinaryWriter w, SurveyScores s) {
    SurveyScore[] scores = {s.nps(), s.csat(), s.ces()};
    int mask = 0;
    for (int i = 0; i < scores.length; i++) {
      mask |= scores[i] == null ? 0 : 1 << i;
    }
    w.writeByte(mask);
    for (SurveyScore score : scores) {
      if (score != null) {
        w.writeByte(score.score());
        w.writeInstant(score.at());
      }
    }
  }

  private static SurveyScores readSurveys(BinaryReader r) {
    int mask = r.readByte();
    SurveyScore[] scores = new SurveyScore[3];
    for (int i = 0; i < scores.length; i++) {
      if ((mask & (1 << i)) != 0) {
        scores[i] = new SurveyScore(r.readByte(), r.readInstant());
      }
    }
    return new SurveyScores(scores[0], scores[1], scores[2]);
  }

  private static void writeItems(BinaryWriter w, TopItems items) {
    w.writeUnsigned(items.candidates().size());
    for (RankedItem item : items.candidates()) {
      w.writeString(item.key());
      w.writeUnsigned(item.count());
      w.writeAmount(item.spend());
    }
  }

  private static TopItems readItems(BinaryReader r) {
    int n = r.readUnsignedInt();
    List<RankedItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(new RankedItem(r.readString(), r.readUnsignedInt(), r.readAmount()));
    }
    return new TopItems(items);
  }
}
