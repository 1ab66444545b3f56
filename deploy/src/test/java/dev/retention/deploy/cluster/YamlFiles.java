package dev.retention.deploy.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the deployment files the way their tools do: multi-document YAML with anchors and merge keys ({@code <<}, as
 * compose files use them), parsed safely into maps and lists, and walked with a few typed accessors that fail with the
 * path they were asked for.
 */
final class YamlFiles {

  /** The deploy module's directory: surefire runs tests there. */
  static final Path DEPLOY = Path.of("").toAbsolutePath();
  static final Path K8S = DEPLOY.resolve("k8s");
  static final Path K8S_BASE = K8S.resolve("base");
  static final Path COMPOSE = DEPLOY.resolve("compose");

  private YamlFiles() {}

  /** Every non-empty document of the file (a document of only comments is empty). */
  static List<Map<String, Object>> documents(Path file) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Map<String, Object>> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (Object document : yaml.loadAll(reader)) {
        if (document != null) {
          documents.add(map(document, file.toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  /** The single document of the file. */
  static Map<String, Object> document(Path file) {
    List<Map<String, Object>> documents = documents(file);
    if (documents.size() != 1) {
      throw new AssertionError(file + " has " + documents.size() + " documents, expected 1");
    }
    return documents.get(0);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value, String what) {
    if (!(value instanceof Map)) {
      throw new AssertionError(what + " is not a mapping: " + value);
    }
    return (Map<String, Object>) value;
  }

  /** The mapping at {@code path} (dot-separated keys) below {@code root}. */
  static Map<String, Object> map(Map<String, Object> root, String path) {
    return map(at(root, path), path);
  }

  /** The list at {@code path}; empty when the key is absent. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Map<String, Object> root, String path) {
    Object value = find(root, path);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List)) {
      throw new AssertionError(path + " is not a list: " + value);
    }
    return (List<Object>) value;
  }

  /** The list of mappings at {@code path}; empty when the key is absent. */
  static List<Map<String, Object>> maps(Map<String, Object> root, String path) {
    return list(root, path).stream().map(item -> map(item, path)).toList();
  }

  /** The scalar at {@code path} as a string (YAML numbers and booleans included). */
  static String string(Map<String, Object> root, String path) {
    return String.valueOf(at(root, path));
  }

  /** The value at {@code path}, or null when a key on the way is absent. */
  static Object find(Map<String, Object> root, String path) {
    Object current = root;
    for (String key : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> m)) {
        return null;
      }
      current = m.get(key);
    }
    return current;
  }

  private static Object at(Map<String, Object> root, String path) {
    return Objects.requireNonNull(find(root, path), () -> "no '" + path + "' in " + root.keySet());
  }
}
