package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortCheckTest {

  private static final String HOST = "127.0.0.1";

  @Test
  void refusesAPortSomebodyListensOn() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> PortCheck.requireFree(HOST, port, LocalKafkaConfig.PORT))
          .isInstanceOf(PortInUseException.class)
          .hasMessage("port " + port + " on 127.0.0.1 is already in use (another Kafka? set --port or "
              + "RETENTION_KAFKA_PORT)");
    }
  }

  @Test
  void namesTheControllerSettingForTheControllerPort() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> PortCheck.requireFree(HOST, port, LocalKafkaConfig.CONTROLLER_PORT))
          .hasMessageContaining("set --controller-port or RETENTION_KAFKA_CONTROLLER_PORT");
    }
  }

  @Test
  void acceptsAPortNobodyListensOn() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      port = probe.getLocalPort();
    }

    assertThatCode(() -> PortCheck.requireFree(HOST, port, LocalKafkaConfig.PORT)).doesNotThrowAnyException();
  }
}
