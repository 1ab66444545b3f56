package dev.retention.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What StreamsApp does without a broker; {@code StreamsAppIT} runs it against one. */
class StreamsAppTest {

  @TempDir
  Path stateDir;

  private StreamsApp app() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
        .to("out", Produced.with(Serdes.String(), Serdes.String()));
    Topology topology = builder.build();
    StreamsSettings settings = new StreamsSettings(List.of("127.0.0.1:1"), "retention-unit", stateDir, 1,
        Duration.ofMillis(100), 1, 8L * 1024 * 1024);
    return StreamsApp.create(topology, settings, new SimpleMeterRegistry());
  }

  @Test
  void shouldBeNeitherHealthyNorReadyBeforeItStarts() {
    try (StreamsApp app = app()) {
      assertThat(app.state()).isEqualTo(State.CREATED);
      assertThat(app.isHealthy()).isFalse();
      assertThat(app.isReady()).isFalse();
      assertThat(app.failure()).isEmpty();
    }
  }

  @Test
  void shouldRefuseToWaitForAnAppThatWasNotStarted() {
    try (StreamsApp app = app()) {
      assertThatThrownBy(() -> app.awaitRunning(Duration.ofSeconds(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Kafka Streams application retention-unit was not started");
    }
  }

  @Test
  void shouldCloseOnlyOnce() {
    StreamsApp app = app();

    assertThat(app.close(Duration.ofSeconds(10))).isTrue();
    assertThat(app.close(Duration.ofSeconds(10))).isTrue();
    app.close();
    assertThat(app.state()).isEqualTo(State.NOT_RUNNING);
    assertThatThrownBy(() -> app.awaitRunning(Duration.ofSeconds(1))).hasMessageContaining("is NOT_RUNNING");
  }
}
