package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerPropertiesWriterTest {

  @TempDir
  Path dir;

  private LocalKafkaConfig config() {
    return new LocalKafkaConfig(dir.resolve("kafka"), "127.0.0.1", 19092, 19093, "512m", Duration.ofSeconds(60));
  }

  private static Properties parse(String text) throws IOException {
    Properties props = new Properties();
    try (Reader in = new StringReader(text)) {
      props.load(in);
    }
    return props;
  }

  @Test
  void rendersASingleNodeKraftBrokerAndController() throws IOException {
    Properties p = parse(ServerPropertiesWriter.render(config()));

    assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
    assertThat(p.getProperty("node.id")).isEqualTo("1");
    assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
    assertThat(p.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
    assertThat(p.getProperty("listeners"))
        .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
    assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
  }

  @Test
  void storesUnderTheDataDirectory() throws IOException {
    Properties p = parse(ServerPropertiesWriter.render(config()));

    assertThat(Path.of(p.getProperty("log.dirs"))).isEqualTo(dir.resolve("kafka").resolve("kraft-combined-logs"));
  }

  @Test
  void asksNoMoreReplicationThanOneNodeHas() throws IOException {
    Properties p = parse(ServerPropertiesWriter.render(config()));

    assertThat(p.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
    assertThat(p.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
    assertThat(p.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
    assertThat(p.getProperty("share.coordinator.state.topic.replication.factor")).isEqualTo("1");
    assertThat(p.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
    assertThat(p.getProperty("num.partitions")).isEqualTo("12");
    assertThat(p.getProperty("auto.create.topics.enable")).isEqualTo("false");
  }

  @Test
  void writesTheFileAndReadsItsAddressBack() throws IOException {
    LocalKafkaConfig config = config();

    Path written = ServerPropertiesWriter.write(config);

    assertThat(written).isEqualTo(config.serverProperties());
    assertThat(Files.readString(written)).isEqualTo(ServerPropertiesWriter.render(config));
    assertThat(ServerPropertiesWriter.bootstrapServersIn(written)).contains("127.0.0.1:19092");
    assertThat(ServerPropertiesWriter.bootstrapServersIn(dir.resolve("absent"))).isEmpty();
  }

  @Test
  void followsChangedPortsOnTheNextStart() throws IOException {
    ServerPropertiesWriter.write(config());
    LocalKafkaConfig moved = config().withPorts(29092, 29093);

    ServerPropertiesWriter.write(moved);

    Properties p = parse(Files.readString(moved.serverProperties()));
    assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093");
    assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:29093");
  }
}
