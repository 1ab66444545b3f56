package dev.retention.cases.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.ConfirmationMode;
import org.axonframework.extensions.kafka.eventhandling.producer.DefaultProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.serialization.Serializer;

/**
 * axon-kafka's publisher of case events to {@code retention.cases.v1}: key = aggregate id = case id (the converter's
 * default sequencing), value = the event as the platform's JSON with its logical {@code type}. It waits for the
 * broker's ack (idempotent producer, acks=all) instead of using Kafka transactions: axon-kafka 4.9's transactional
 * path calls a producer method Kafka 4 removed. A tracking processor drives it, so an event not acknowledged is
 * retried from the token; consumers may see a duplicate after a crash, never a gap.
 */
public final class CaseEventPublishing {

  private CaseEventPublishing() {}

  /** @param client the brokers and security settings ({@code CasesConfig.kafkaClientConfig()}) */
  public static KafkaEventPublisher<String, byte[]> create(Map<String, Object> client, String topic,
      Serializer serializer) {
    Map<String, Object> producer = new HashMap<>(client);
    producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    producer.put(ProducerConfig.ACKS_CONFIG, "all");
    producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    DefaultProducerFactory<String, byte[]> factory = DefaultProducerFactory.<String, byte[]>builder()
        .configuration(producer)
        .confirmationMode(ConfirmationMode.WAIT_FOR_ACK)
        .build();
    KafkaPublisher<String, byte[]> publisher = KafkaPublisher.<String, byte[]>builder()
        .producerFactory(factory)
        .serializer(serializer)
        .messageConverter(DefaultKafkaMessageConverter.builder().serializer(serializer).build())
        .topic(topic)
        .build();
    return KafkaEventPublisher.<String, byte[]>builder().kafkaPublisher(publisher).build();
  }
}
