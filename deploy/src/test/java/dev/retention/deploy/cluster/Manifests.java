package dev.retention.deploy.cluster;

import static dev.retention.deploy.cluster.YamlFiles.documents;
import static dev.retention.deploy.cluster.YamlFiles.list;
import static dev.retention.deploy.cluster.YamlFiles.map;
import static dev.retention.deploy.cluster.YamlFiles.maps;
import static dev.retention.deploy.cluster.YamlFiles.string;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The Kubernetes resources of a kustomization's resource files, and lookups the tests share. */
record Manifests(List<Map<String, Object>> resources) {

  /** Every document of every file listed under {@code resources:} in {@code dir}/kustomization.yaml. */
  static Manifests ofKustomization(Path dir) {
    Map<String, Object> kustomization = YamlFiles.document(dir.resolve("kustomization.yaml"));
    return new Manifests(list(kustomization, "resources").stream()
        .flatMap(file -> documents(dir.resolve(String.valueOf(file))).stream())
        .toList());
  }

  List<Map<String, Object>> ofKind(String kind) {
    return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
  }

  Map<String, Object> one(String kind, String name) {
    return ofKind(kind).stream().filter(r -> name.equals(string(r, "metadata.name"))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
  }

  /** The workload (StatefulSet or Deployment) of a service. */
  Map<String, Object> workload(String name) {
    return resources.stream()
        .filter(r -> "StatefulSet".equals(r.get("kind")) || "Deployment".equals(r.get("kind")))
        .filter(r -> name.equals(string(r, "metadata.name")))
        .findFirst().orElseThrow(() -> new AssertionError("no StatefulSet or Deployment named " + name));
  }

  /** The one container of a workload's pod template. */
  static Map<String, Object> container(Map<String, Object> workload) {
    List<Map<String, Object>> containers = maps(workload, "spec.template.spec.containers");
    if (containers.size() != 1) {
      throw new AssertionError(string(workload, "metadata.name") + " has " + containers.size() + " containers");
    }
    return containers.get(0);
  }

  /**
   * The container's environment as the kubelet builds it: the ConfigMaps of {@code envFrom}, then {@code env} (which
   * wins). A value from a secret or field reference is {@code null} here.
   */
  Map<String, String> environment(Map<String, Object> container) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Map<String, Object> from : maps(container, "envFrom")) {
      String configMap = string(from, "configMapRef.name");
      map(one("ConfigMap", configMap), "data").forEach((k, v) -> env.put(k, Objects.toString(v, null)));
    }
    for (Map<String, Object> variable : maps(container, "env")) {
      Object value = variable.get("value");
      env.put(String.valueOf(variable.get("name")), value == null ? null : String.valueOf(value));
    }
    return env;
  }
}
