package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.deploy.LocalKafka.AlreadyRunningException;
import dev.retention.deploy.LocalKafka.Mode;
import dev.retention.deploy.LocalKafka.Started;
import dev.retention.deploy.LocalKafka.Stopped;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The launcher against the real Kafka server, as the CLI uses it. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocalKafkaIT {

  private static final String HOST = "127.0.0.1";
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  private final List<LocalKafka> launchers = new ArrayList<>();

  @AfterEach
  void stopWhateverRuns() {
    launchers.forEach(kafka -> kafka.stop(Duration.ofSeconds(10)));
  }

  @Test
  void runsABrokerThatKeepsItsDataAcrossRestartsAndRefusesATakenPort() throws Exception {
    int[] ports = freePorts(3);
    LocalKafkaConfig config =
        new LocalKafkaConfig(dir.resolve("kafka"), HOST, ports[0], ports[1], "512m", Duration.ofSeconds(45));
    LocalKafka kafka = launcher(config);

    // first start: formats, answers, gets the catalog topics
    Started first = kafka.start(Mode.DETACHED);
    assertThat(first.formattedNow()).isTrue();
    assertThat(kafka.running()).map(ProcessHandle::pid).contains(first.pid());
    assertThat(Files.readString(config.pidFile()).strip()).isEqualTo(Long.toString(first.pid()));
    assertThat(BrokerProbe.describe(config.bootstrapServers(), Duration.ofSeconds(5)))
        .map(BrokerProbe.ClusterInfo::clusterId).contains(first.clusterId());

    List<String> names = Topics.all().stream().map(Topic::name).toList();
    try (Admin admin = BrokerProbe.admin(config.bootstrapServers())) {
      TopicProvisioner.Result provisioned = new CatalogTopics(admin).createMissing();
      assertThat(provisioned.created()).containsExactlyInAnyOrderElementsOf(names);
      assertThat(partitionCounts(admin, names)).isEqualTo(Topics.all().stream()
          .collect(Collectors.toMap(Topic::name, Topic::partitions)));
    }

    // an external client writes and reads
    RecordMetadata written = produce(config, "k1", "hello");
    assertThat(consume(config, written)).isEqualTo("k1:hello");

    // a clean stop
    assertThat(kafka.stop(STOP_TIMEOUT)).isEqualTo(Stopped.STOPPED);
    assertThat(first.process().isAlive()).isFalse();
    assertThat(config.pidFile()).doesNotExist();
    assertThat(kafka.running()).isEmpty();
    assertThat(kafka.stop(STOP_TIMEOUT)).isEqualTo(Stopped.NOT_RUNNING);

    // a restart finds storage, topics and the record as they were
    Started second = kafka.start(Mode.DETACHED);
    assertThat(second.formattedNow()).isFalse();
    assertThat(second.clusterId()).isEqualTo(first.clusterId());
    assertThat(consume(config, written)).isEqualTo("k1:hello");
    try (Admin admin = BrokerProbe.admin(config.bootstrapServers())) {
      TopicProvisioner.Result again = new CatalogTopics(admin).createMissing();
      assertThat(again.created()).isEmpty();
      assertThat(again.existing()).containsExactlyInAnyOrderElementsOf(names);
    }

    // the same data directory is not started twice
    assertThatThrownBy(() -> kafka.start(Mode.DETACHED))
        .isInstanceOf(AlreadyRunningException.class)
        .hasMessageContaining("already running from " + config.dataDir());

    // another broker on the taken port is refused before it touches anything
    LocalKafkaConfig other = config.withDataDir(dir.resolve("other")).withPorts(ports[0], ports[2]);
    LocalKafka intruder = launcher(other);
    assertThatThrownBy(() -> intruder.start(Mode.DETACHED))
        .isInstanceOf(PortInUseException.class)
        .hasMessage("port " + ports[0] + " on 127.0.0.1 is already in use (another Kafka? set --port or "
            + "RETENTION_KAFKA_PORT)");
    assertThat(other.dataDir()).doesNotExist();
    assertThat(kafka.running()).map(ProcessHandle::pid).contains(second.pid());

    // the CLI sees the same broker and topics
    StringWriter out = new StringWriter();
    CommandLine cli = RetentionCli.commandLine(Map.of());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("kafka", "status", "--data-dir", config.dataDir().toString())).isZero();
    assertThat(cli.execute("topics", "--port", Integer.toString(config.port()))).isZero();
    assertThat(out.toString())
        .contains("Kafka is running: pid " + second.pid() + ", " + config.bootstrapServers())
        .contains(names)
        .containsPattern("retention\\.model\\.v1 +1 +compact +forever");

    // nothing on the console: the broker logs to its files
    assertThat(config.serverLog()).isNotEmptyFile();
    assertThat(config.consoleLog()).isEmptyFile();
  }

  private LocalKafka launcher(LocalKafkaConfig config) {
    LocalKafka kafka = new LocalKafka(config);
    launchers.add(kafka);
    return kafka;
  }

  private static Map<String, Integer> partitionCounts(Admin admin, List<String> names) throws Exception {
    Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
    return descriptions.values().stream()
        .collect(Collectors.toMap(TopicDescription::name, d -> d.partitions().size()));
  }

  private static RecordMetadata produce(LocalKafkaConfig config, String key, String value) throws Exception {
    Map<String, Object> props = Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      return producer.send(new ProducerRecord<>(Topics.INTERACTIONS.name(), key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  /** The record at {@code where}, as {@code key:value}. */
  private static String consume(LocalKafkaConfig config, RecordMetadata where) {
    Map<String, Object> props = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    TopicPartition partition = new TopicPartition(where.topic(), where.partition());
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seek(partition, where.offset());
      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        consumer.poll(Duration.ofMillis(200)).records(partition).forEach(records::add);
        return !records.isEmpty();
      });
      ConsumerRecord<String, String> record = records.get(0);
      assertThat(record.offset()).isEqualTo(where.offset());
      return record.key() + ":" + record.value();
    }
  }

  /** Ports nobody listens on right now, all different. */
  private static int[] freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getByName(HOST)));
      }
      return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }
}
