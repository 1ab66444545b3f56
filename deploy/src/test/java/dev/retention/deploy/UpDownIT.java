package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code retention up} and {@code retention down} as a newcomer runs them: the broker and the ingestion service come
 * up as processes of their own, take an event over HTTP, stop, and come up again with their data.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class UpDownIT {

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private String[] location;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RetentionCli.commandLine(Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(location));
    int exit = cli.execute(all.toArray(String[]::new));
    assertThat(exit).as("retention %s\nout: %s\nerr: %s", all, out, err).isZero();
    return out.toString();
  }

  @AfterEach
  void down() {
    if (location != null) {
      run("down");
    }
  }

  private int post(int httpPort, String key, String id) throws Exception {
    String event = ("{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"shop/eu-1\","
        + "\"type\":\"retention.purchase.completed.v1\",\"subject\":\"c-1\",\"time\":\"2026-03-01T09:30:00Z\","
        + "\"data\":{\"orderId\":\"%s\",\"kind\":\"ORDER\",\"total\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}}")
        .formatted(id, id);
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/v1/events"))
        .header("Content-Type", "application/cloudevents+json")
        .header("Authorization", "Bearer " + key)
        .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void shouldStartThePlatformTakeAnEventStopAndStartAgain() throws Exception {
    int[] ports = freePorts(7);
    location = new String[] {"--data-dir", dir.resolve("kafka").toString(), "--port", "" + ports[0],
        "--controller-port", "" + ports[1]};
    String httpPort = "" + ports[2];
    String segmentationPort = "" + ports[3];
    String casesPort = "" + ports[4];
    String[] servicePorts = {"--http-port", httpPort, "--segmentation-port", segmentationPort, "--cases-port",
        casesPort, "--churn-port", "" + ports[5], "--projection-port", "" + ports[6]};

    String first = up(servicePorts);
    assertThat(first).contains("The Retention Platform is up").contains("interaction-events is ready")
        .contains("segmentation-streams is ready").contains("churn-detector is ready")
        .contains("projection-service is ready").contains("retention-cases is ready");
    String analyst = Files.readAllLines(dir.resolve("projection-service/api-keys")).stream()
        .filter(line -> line.startsWith("analyst=")).findFirst().orElseThrow().substring("analyst=".length());
    assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[6] + "/v1/stats/tiers"))
        .header("X-API-Key", analyst).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
        .as("the projection API answers the local analyst").isEqualTo(200);
    assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[6] + "/")).build(),
        HttpResponse.BodyHandlers.ofString()).body()).as("the dashboard").contains("<html");
    String manager = Files.readAllLines(dir.resolve("retention-cases/api-users")).stream()
        .filter(line -> line.startsWith("mia=manager:")).findFirst().orElseThrow().substring("mia=manager:".length());
    assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + casesPort + "/v1/cases/overdue"))
        .header("X-API-Key", manager).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
        .as("the case API answers the local manager").isEqualTo(200);
    String key = Files.readAllLines(dir.resolve("interaction-events/api-keys")).stream()
        .filter(line -> line.startsWith("shop=")).findFirst().orElseThrow().substring("shop=".length());
    assertThat(post(ports[2], key, "o-1")).isEqualTo(202);
    assertThat(post(ports[2], "wrong-key-0123456789", "o-2")).isEqualTo(403);

    String again = up(servicePorts);
    assertThat(again).contains("already running");

    assertThat(run("down")).contains("retention-cases stopped").contains("segmentation-streams stopped")
        .contains("interaction-events stopped")
        .contains("Kafka stopped");
    assertThat(up(servicePorts))
        .contains("interaction-events is ready").contains("segmentation-streams is ready");
    assertThat(post(ports[2], key, "o-3")).as("the same key after a restart").isEqualTo(202);
  }

  private String up(String... ports) {
    String[] args = new String[ports.length + 1];
    args[0] = "up";
    System.arraycopy(ports, 0, args, 1, ports.length);
    return run(args);
  }

  private static int[] freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")));
      }
      return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }
}
