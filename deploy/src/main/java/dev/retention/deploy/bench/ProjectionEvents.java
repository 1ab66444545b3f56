package dev.retention.deploy.bench;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.topics.Topics;
import java.time.Instant;
import java.util.SplittableRandom;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The interaction events of the freshness phases: valid CloudEvents with {@link BenchPayloads}' mix (purchases with
 * line items, contacts, complaints, surveys), each for a customer of the population drawn at random, serialized with
 * the catalog's serde for {@code retention.interactions.v1}. The event id is {@code <prefix>-<index>}, unique per
 * run; the time is the send time, so an event is the newest of its customer's timeline.
 */
final class ProjectionEvents {

  private final int customers;
  private final String idPrefix;
  private final SplittableRandom random;
  private final Serializer<CloudEvent> serializer = Topics.INTERACTIONS.valueSerde().serializer();

  /** One event of the run: its customer (the Kafka key), id and JSON. */
  record Event(String customerId, String eventId, byte[] json) {}

  ProjectionEvents(int customers, long seed, String idPrefix) {
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be at least 1");
    }
    this.customers = customers;
    this.idPrefix = idPrefix;
    this.random = new SplittableRandom(seed);
  }

  /** Event {@code index}, at {@code time} (millisecond precision, as a producer's clock would give it). */
  Event next(long index, Instant time) {
    String customer = ProjectionPopulation.id(random.nextInt(customers));
    String id = idPrefix + "-" + index;
    CloudEvent event = CloudEvent.of(id, BenchPayloads.SOURCE, customer, Instant.ofEpochMilli(time.toEpochMilli()),
        BenchPayloads.data(random, (int) index));
    return new Event(customer, id, serializer.serialize(Topics.INTERACTIONS.name(), event));
  }

  /** The text by which the event shows in a customer 360's JSON: its id as a timeline entry's {@code eventId}. */
  static String timelineMarker(String eventId) {
    return "\"eventId\":\"" + eventId + "\"";
  }
}
