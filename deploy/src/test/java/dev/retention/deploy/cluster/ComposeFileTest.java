package dev.retention.deploy.cluster;

import static dev.retention.deploy.cluster.YamlFiles.COMPOSE;
import static dev.retention.deploy.cluster.YamlFiles.list;
import static dev.retention.deploy.cluster.YamlFiles.map;
import static dev.retention.deploy.cluster.YamlFiles.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retention.contracts.topics.Topic;
import dev.retention.runtime.http.ApiKeys;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** deploy/compose/compose.yaml against the topic catalog and the services' settings. */
class ComposeFileTest {

  private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");
  /** One line of kafka-init's script: {@code create NAME PARTITIONS POLICY RETENTION_MS}. */
  private static final Pattern CREATE = Pattern.compile("^\\s*create (\\S+) (\\d+) (\\S+) (-?\\d+)\\s*$",
      Pattern.MULTILINE);

  private static Map<String, Object> services;

  @BeforeAll
  static void load() {
    services = map(YamlFiles.document(COMPOSE.resolve("compose.yaml")), "services");
  }

  static List<PlatformService> platformServices() {
    return PlatformService.ALL;
  }

  static List<Topic<?, ?>> topics() {
    return PlatformService.allTopics();
  }

  @Test
  void shouldRunThreeKraftNodesInOneQuorum() {
    Set<String> voters = null;
    for (int i = 0; i < BROKERS.size(); i++) {
      Map<String, Object> broker = service(BROKERS.get(i));
      assertThat(string(broker, "image")).startsWith("apache/kafka:");
      Map<String, Object> env = map(broker, "environment");
      assertThat(String.valueOf(env.get("KAFKA_NODE_ID"))).isEqualTo(Integer.toString(i + 1));
      assertThat(String.valueOf(env.get("KAFKA_PROCESS_ROLES"))).isEqualTo("broker,controller");
      Set<String> quorum = Set.of(String.valueOf(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).split(","));
      if (voters != null) {
        assertThat(quorum).as("every node names the same voters").isEqualTo(voters);
      }
      voters = quorum;
      assertThat(String.valueOf(env.get("KAFKA_MIN_INSYNC_REPLICAS"))).isEqualTo("2");
      assertThat(String.valueOf(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
      assertThat(env).containsKeys("CLUSTER_ID", "KAFKA_LISTENERS", "KAFKA_ADVERTISED_LISTENERS");
    }
    assertThat(voters).containsExactlyInAnyOrder("1@kafka-1:9093", "2@kafka-2:9093", "3@kafka-3:9093");
    assertThat(BROKERS.stream().map(b -> String.valueOf(map(service(b), "environment").get("CLUSTER_ID"))).distinct())
        .as("one cluster id").hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void shouldCreateEveryTopicWithTheCatalogsSettingsBeforeAnyServiceStarts(Topic<?, ?> topic) {
    Map<String, Object> init = service("kafka-init");
    String script = String.join("\n", list(init, "command").stream().map(String::valueOf).toList());
    assertThat(script).contains("--replication-factor 3").contains("--if-not-exists")
        .contains("--config min.insync.replicas=2");
    Map<String, List<String>> created = new HashMap<>();
    Matcher line = CREATE.matcher(script);
    while (line.find()) {
      assertThat(created.put(line.group(1), List.of(line.group(2), line.group(3), line.group(4))))
          .as("%s created once", line.group(1)).isNull();
    }
    assertThat(created).as("kafka-init creates %s", topic.name()).containsKey(topic.name());
    assertThat(created.get(topic.name())).containsExactly(Integer.toString(topic.partitions()),
        topic.configs().get(TopicConfig.CLEANUP_POLICY_CONFIG), topic.configs().get(TopicConfig.RETENTION_MS_CONFIG));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("platformServices")
  void shouldStartEveryServiceFromTheImageAfterTheTopicsWithHealthCheckAndLimits(PlatformService platform) {
    Map<String, Object> service = service(platform.name());
    assertThat(string(service, "image")).contains("retention-platform");
    assertThat(list(service, "command")).containsExactly(platform.mainClass());
    assertThat(string(service, "depends_on.kafka-init.condition")).isEqualTo("service_completed_successfully");
    assertThat(list(service, "ports")).containsExactly(platform.port() + ":" + platform.port());
    Map<String, Object> env = map(service, "environment");
    assertThat(String.valueOf(env.get("RETENTION_HTTP_PORT"))).isEqualTo(Integer.toString(platform.port()));
    assertThat(String.valueOf(env.get("RETENTION_KAFKA_BOOTSTRAP_SERVERS")).split(","))
        .containsExactlyInAnyOrder("kafka-1:19092", "kafka-2:19092", "kafka-3:19092");
    assertThat(String.join(" ", list(service, "healthcheck.test").stream().map(String::valueOf).toList()))
        .contains("/health/ready");
    assertThat(map(service, "deploy.resources.limits")).containsKeys("cpus", "memory");
    platform.applicationId().ifPresent(id -> {
      assertThat(env).containsEntry("RETENTION_STREAMS_APPLICATION_ID", id)
          .containsEntry("RETENTION_STREAMS_REPLICATION_FACTOR", "3");
      String stateDir = String.valueOf(env.get("RETENTION_STREAMS_STATE_DIR"));
      assertThat(list(service, "volumes")).as("the state directory %s is on a named volume", stateDir)
          .anySatisfy(v -> {
            String[] parts = String.valueOf(v).split(":");
            assertThat(Path.of(stateDir).startsWith(Path.of(parts[1]))).isTrue();
          });
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("platformServices")
  void shouldSetOnlyVariablesTheServiceReads(PlatformService platform) {
    Optional<Set<String>> known = ServiceSettings.environmentVariables(platform.mainClass());
    assumeTrue(known.isPresent(), platform.mainClass() + " is not on this class path; build the reactor to check it");
    Set<String> set = map(service(platform.name()), "environment").keySet().stream()
        .filter(n -> n.startsWith("RETENTION_")).collect(Collectors.toSet());
    assertThat(set).allMatch(known.get()::contains, "a setting of " + platform.mainClass());
  }

  @Test
  void shouldShipDevelopmentKeyFilesTheServicesAccept() {
    Map<String, Object> secrets = map(YamlFiles.document(COMPOSE.resolve("compose.yaml")), "secrets");
    for (String secret : List.of("gateway-api-keys", "analyst-api-keys")) {
      Path file = COMPOSE.resolve(string(secrets, secret + ".file"));
      assertThat(ApiKeys.load(file).sources()).as(secret).isNotEmpty();
    }
    // retention-cases' 'user=role:key' lines: the key part is an ApiKeys key
    Path users = COMPOSE.resolve(string(secrets, "cases-api-users.file"));
    Map<String, String> keys = new HashMap<>();
    for (String row : readLines(users)) {
      String[] userAndRest = row.split("=", 2);
      String[] roleAndKey = userAndRest[1].split(":", 2);
      assertThat(roleAndKey[0]).isIn("agent", "manager");
      keys.put(userAndRest[0], roleAndKey[1]);
    }
    assertThat(ApiKeys.of(keys).sources()).containsExactlyInAnyOrder("manager", "agent");
    assertThat(string(service("interaction-events"), "environment.RETENTION_GATEWAY_API_KEYS_FILE"))
        .isEqualTo("/run/secrets/gateway-api-keys");
  }

  @Test
  void shouldMountOnlyFilesThatExist() {
    for (Map.Entry<String, Object> entry : services.entrySet()) {
      for (Object volume : list(map(entry.getValue(), entry.getKey()), "volumes")) {
        String source = String.valueOf(volume).split(":")[0];
        if (source.startsWith(".")) {
          assertThat(COMPOSE.resolve(source)).as("%s mounts %s", entry.getKey(), source).exists();
        }
      }
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return java.nio.file.Files.readAllLines(file).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Object> service(String name) {
    return map(services.get(name), "service " + name);
  }
}
