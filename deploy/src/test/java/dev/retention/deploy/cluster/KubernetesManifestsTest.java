package dev.retention.deploy.cluster;

import static dev.retention.deploy.cluster.YamlFiles.K8S;
import static dev.retention.deploy.cluster.YamlFiles.K8S_BASE;
import static dev.retention.deploy.cluster.YamlFiles.documents;
import static dev.retention.deploy.cluster.YamlFiles.list;
import static dev.retention.deploy.cluster.YamlFiles.map;
import static dev.retention.deploy.cluster.YamlFiles.maps;
import static dev.retention.deploy.cluster.YamlFiles.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retention.contracts.topics.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Strimzi and Kubernetes manifests under deploy/k8s against the topic catalog and the services' code. */
class KubernetesManifestsTest {

  private static final String CLUSTER = "retention-kafka";
  private static final String STATE_DIR = "RETENTION_STREAMS_STATE_DIR";

  /**
   * Variables the manifests set for a service that the service does not read yet, so they do nothing today: the
   * cases service takes only the bootstrap servers, not the Kafka security settings, so on the secured cluster it
   * cannot connect until it does (reported to the lead). Remove an entry when the service reads it.
   */
  /** Variables set for a service that does not read them yet (none now). */
  private static final Map<String, Set<String>> NOT_READ_YET = Map.of();

  private static Manifests base;

  @BeforeAll
  static void load() {
    base = Manifests.ofKustomization(K8S_BASE);
  }

  static List<PlatformService> services() {
    return PlatformService.ALL;
  }

  static List<PlatformService> streamsServices() {
    return PlatformService.streamsServices();
  }

  static List<Topic<?, ?>> topics() {
    return PlatformService.allTopics();
  }

  @Test
  void shouldListEveryManifestInTheKustomizationAndParseThemAll() throws IOException {
    Map<String, Object> kustomization = YamlFiles.document(K8S_BASE.resolve("kustomization.yaml"));
    Set<String> listed = list(kustomization, "resources").stream().map(String::valueOf)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> present;
    try (Stream<Path> files = Files.walk(K8S_BASE)) {
      present = files.filter(f -> f.toString().endsWith(".yaml"))
          .map(f -> K8S_BASE.relativize(f).toString())
          .filter(f -> !f.equals("kustomization.yaml"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(listed).as("resources of the kustomization").isEqualTo(present);
    assertThat(base.resources()).allSatisfy(r -> assertThat(r).containsKeys("apiVersion", "kind", "metadata"));
    for (Map<String, Object> generator : maps(kustomization, "configMapGenerator")) {
      for (Object file : list(generator, "files")) {
        assertThat(K8S_BASE.resolve(String.valueOf(file))).as("generated from").isRegularFile();
      }
    }

    Path overlay = K8S.resolve("overlays/mtls");
    Map<String, Object> mtls = YamlFiles.document(overlay.resolve("kustomization.yaml"));
    assertThat(list(mtls, "resources")).containsExactly("../../base");
    for (Map<String, Object> patch : maps(mtls, "patches")) {
      Object path = patch.get("path");
      if (path != null) {
        assertThat(documents(overlay.resolve(String.valueOf(path)))).isNotEmpty();
      } else {
        // the JSON 6902 patch that switches every KafkaUser to client certificates
        assertThat(string(patch, "target.kind")).isEqualTo("KafkaUser");
        Object operations = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
            new org.yaml.snakeyaml.LoaderOptions())).load(String.valueOf(patch.get("patch")));
        assertThat(operations).isEqualTo(List.of(Map.of("op", "replace", "path", "/spec/authentication/type",
            "value", "tls")));
      }
    }
  }

  @Test
  void shouldRunThreeDualRoleKraftNodesWithAuthenticatedTlsListenersAndAcls() {
    List<Map<String, Object>> pools = base.ofKind("KafkaNodePool");
    assertThat(pools).hasSize(1);
    Map<String, Object> pool = pools.get(0);
    assertThat(map(pool, "metadata.labels")).containsEntry("strimzi.io/cluster", CLUSTER);
    assertThat(string(pool, "spec.replicas")).isEqualTo("3");
    assertThat(list(pool, "spec.roles")).containsExactlyInAnyOrder("controller", "broker");

    Map<String, Object> kafka = base.one("Kafka", CLUSTER);
    assertThat(string(kafka, "spec.kafka.authorization.type")).isEqualTo("simple");
    List<Map<String, Object>> listeners = maps(kafka, "spec.kafka.listeners");
    assertThat(listeners).isNotEmpty().allSatisfy(l -> {
      assertThat(l.get("tls")).as("listener %s uses TLS", l.get("name")).isEqualTo(true);
      assertThat(string(l, "authentication.type")).isIn("tls", "scram-sha-512");
    });
    assertThat(listeners).extracting(l -> string(l, "authentication.type"))
        .contains("tls", "scram-sha-512");
    Map<String, Object> config = map(kafka, "spec.kafka.config");
    assertThat(config).containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3)
        .containsEntry("auto.create.topics.enable", false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void shouldDeclareEveryTopicWithTheCatalogsPartitionsPolicyAndRetentionOnThreeReplicas(Topic<?, ?> topic) {
    List<Map<String, Object>> declared = base.ofKind("KafkaTopic").stream()
        .filter(t -> topic.name().equals(topicName(t))).toList();
    assertThat(declared).as("KafkaTopic for %s", topic.name()).hasSize(1);
    Map<String, Object> kafkaTopic = declared.get(0);
    assertThat(map(kafkaTopic, "metadata.labels")).containsEntry("strimzi.io/cluster", CLUSTER);
    assertThat(string(kafkaTopic, "spec.partitions")).isEqualTo(Integer.toString(topic.partitions()));
    assertThat(string(kafkaTopic, "spec.replicas")).isEqualTo("3");
    Map<String, Object> config = map(kafkaTopic, "spec.config");
    topic.configs().forEach((key, value) -> assertThat(String.valueOf(config.get(key))).as(key).isEqualTo(value));
    assertThat(String.valueOf(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG))).isEqualTo("2");
  }

  @Test
  void shouldDeclareNoTopicOutsideTheCatalogAndTheServicesOwn() {
    Set<String> known = topics().stream().map(Topic::name).collect(Collectors.toSet());
    Set<String> declared = base.ofKind("KafkaTopic").stream().map(KubernetesManifestsTest::topicName)
        .collect(Collectors.toSet());
    // the churn detector's own topic is declared even while its module is not on this class path
    declared.removeIf(name -> PlatformService.CHURN_PURCHASES.isEmpty()
        && name.equals("retention.churn-customer-purchases.v1"));
    assertThat(declared).isEqualTo(known);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void shouldGiveEveryServiceProbesResourcesAndPrometheusAnnotations(PlatformService service) {
    Map<String, Object> workload = base.workload(service.name());
    Map<String, Object> container = Manifests.container(workload);
    assertThat(string(container, "image")).startsWith("retention-platform");
    assertThat(list(container, "args")).first().isEqualTo(service.mainClass());
    assertThat(maps(container, "ports")).extracting(p -> string(p, "containerPort"))
        .containsExactly(Integer.toString(service.port()));
    assertThat(base.environment(container)).containsEntry("RETENTION_HTTP_PORT", Integer.toString(service.port()));

    assertThat(string(container, "livenessProbe.httpGet.path")).isEqualTo("/health/live");
    assertThat(string(container, "readinessProbe.httpGet.path")).isEqualTo("/health/ready");
    assertThat(string(container, "startupProbe.httpGet.path")).isEqualTo("/health/live");
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertThat(string(container, probe + ".httpGet.port")).isIn("http", Integer.toString(service.port()));
    }
    for (String kind : List.of("requests", "limits")) {
      assertThat(map(container, "resources." + kind)).as(kind).containsKeys("cpu", "memory");
    }

    Map<String, Object> annotations = map(workload, "spec.template.metadata.annotations");
    assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
        .containsEntry("prometheus.io/port", Integer.toString(service.port()))
        .containsEntry("prometheus.io/path", "/metrics");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("streamsServices")
  void shouldRunStreamsServicesAsStatefulSetsWithStateOnPersistentVolumesAndStandbys(PlatformService service) {
    Map<String, Object> workload = base.workload(service.name());
    assertThat(workload.get("kind")).isEqualTo("StatefulSet");
    Map<String, Object> container = Manifests.container(workload);
    Map<String, String> env = base.environment(container);
    assertThat(env).containsEntry("RETENTION_STREAMS_APPLICATION_ID", service.applicationId().orElseThrow())
        .containsEntry("RETENTION_STREAMS_REPLICATION_FACTOR", "3");

    Set<String> claims = maps(workload, "spec.volumeClaimTemplates").stream()
        .map(c -> string(c, "metadata.name")).collect(Collectors.toSet());
    String stateDir = env.get(STATE_DIR);
    assertThat(stateDir).as(STATE_DIR).isNotNull();
    assertThat(maps(container, "volumeMounts"))
        .as("the state directory %s lies on a volume claim template's volume", stateDir)
        .anySatisfy(m -> {
          assertThat(claims).contains(string(m, "name"));
          assertThat(Path.of(stateDir).startsWith(Path.of(string(m, "mountPath")))).isTrue();
        });

    int standbys = Integer.parseInt(env.getOrDefault("RETENTION_STREAMS_NUM_STANDBY_REPLICAS", "0"));
    assertThat(standbys).as("standby replicas").isPositive();
    assertThat(Integer.parseInt(string(workload, "spec.replicas"))).as("instances to hold the standbys")
        .isGreaterThan(standbys);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void shouldMountEveryFileASettingPointsTo(PlatformService service) {
    Map<String, Object> container = Manifests.container(base.workload(service.name()));
    List<String> mounts = maps(container, "volumeMounts").stream().map(m -> string(m, "mountPath")).toList();
    base.environment(container).forEach((name, value) -> {
      if (value != null && name.startsWith("RETENTION_") && (name.endsWith("_FILE") || name.endsWith("_LOCATION"))) {
        assertThat(mounts).as("%s=%s is on a mounted volume", name, value)
            .anyMatch(mount -> Path.of(value).startsWith(Path.of(mount)));
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void shouldSetOnlyVariablesTheServiceReads(PlatformService service) {
    Optional<Set<String>> known = ServiceSettings.environmentVariables(service.mainClass());
    assumeTrue(known.isPresent(), service.mainClass() + " is not on this class path; build the reactor to check it");
    Set<String> readable = union(known.get(), NOT_READ_YET.getOrDefault(service.name(), Set.of()));

    Set<String> set = base.environment(Manifests.container(base.workload(service.name()))).keySet();
    assertThat(set.stream().filter(n -> n.startsWith("RETENTION_"))).as("variables of %s", service.name())
        .allMatch(readable::contains, "a setting of " + service.mainClass());
    // the mTLS overlay's client settings too
    Map<String, Object> mtls = YamlFiles.document(K8S.resolve("overlays/mtls/kafka-client-mtls.yaml"));
    assertThat(map(mtls, "data").keySet()).allMatch(readable::contains, "a setting of " + service.mainClass());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void shouldGrantEachServiceItsTopicsItsApplicationIdAndNothingElse(PlatformService service) {
    Map<String, Object> user = base.one("KafkaUser", service.name());
    assertThat(map(user, "metadata.labels")).containsEntry("strimzi.io/cluster", CLUSTER);
    assertThat(string(user, "spec.authentication.type")).isEqualTo("scram-sha-512");
    assertThat(base.environment(Manifests.container(base.workload(service.name()))))
        .as("the service logs in as its KafkaUser")
        .containsEntry("RETENTION_KAFKA_SASL_USERNAME", service.name());
    Acls acls = new Acls(maps(user, "spec.authorization.acls"));

    for (String topic : service.reads()) {
      assertThat(acls.allows("topic", topic, "Read")).as("%s reads %s", service.name(), topic).isTrue();
    }
    for (String topic : service.writes()) {
      assertThat(acls.allows("topic", topic, "Write")).as("%s writes %s", service.name(), topic).isTrue();
    }
    for (Topic<?, ?> topic : topics()) {
      assertThat(acls.allows("topic", topic.name(), "Describe")).as("describe %s", topic.name()).isTrue();
      assertThat(acls.allows("topic", topic.name(), "Create")).as("create %s", topic.name()).isFalse();
      assertThat(acls.allows("topic", topic.name(), "Delete")).as("delete %s", topic.name()).isFalse();
      assertThat(acls.allows("topic", topic.name(), "Write"))
          .as("%s may write %s", service.name(), topic.name()).isEqualTo(service.writes().contains(topic.name()));
      assertThat(acls.allows("topic", topic.name(), "Read"))
          .as("%s may read %s", service.name(), topic.name())
          .isEqualTo(service.reads().contains(topic.name()));
    }

    String group = service.groupPrefix();
    assertThat(acls.allows("group", group, "Read")).as("group %s", group).isTrue();
    assertThat(acls.allows("group", group + "-warnings", "Read")).as("groups under %s", group).isTrue();
    assertThat(acls.allows("group", "another-service", "Read")).isFalse();
    service.applicationId().ifPresent(id -> {
      for (String op : List.of("Create", "Read", "Write", "Delete", "Describe")) {
        assertThat(acls.allows("topic", id + "-churn-customer-state-changelog", op)).as("internal topics: " + op)
            .isTrue();
        assertThat(acls.allows("topic", id + "-repartition", op)).as("internal topics: " + op).isTrue();
      }
      assertThat(acls.allows("transactionalId", id + "-4f6e2b1c-0_1", "Write")).as("transactional ids").isTrue();
    });
    assertThat(acls.entries()).as("no wildcard, no All").allSatisfy(acl -> {
      assertThat(string(acl, "resource.name")).isNotEqualTo("*");
      assertThat(list(acl, "operations")).doesNotContain("All");
    });
  }

  private static String topicName(Map<String, Object> kafkaTopic) {
    Object name = YamlFiles.find(kafkaTopic, "spec.topicName");
    return name != null ? String.valueOf(name) : string(kafkaTopic, "metadata.name");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }

  /** A KafkaUser's ACLs, evaluated the way Kafka's simple authorizer matches literal and prefixed resources. */
  record Acls(List<Map<String, Object>> entries) {

    boolean allows(String type, String name, String operation) {
      return entries.stream().anyMatch(acl -> {
        Map<String, Object> resource = map(acl, "resource");
        String pattern = String.valueOf(resource.getOrDefault("patternType", "literal"));
        String aclName = String.valueOf(resource.get("name"));
        boolean matches = pattern.equals("prefix") ? name.startsWith(aclName) : name.equals(aclName);
        List<Object> operations = list(acl, "operations");
        return type.equals(resource.get("type")) && matches
            && (operations.contains(operation) || operations.contains("All"));
      });
    }
  }
}
