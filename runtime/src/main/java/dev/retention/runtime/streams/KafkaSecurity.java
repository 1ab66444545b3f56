package dev.retention.runtime.streams;

import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigProblem;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.SecretFiles;
import dev.retention.runtime.config.Setting;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * How every Kafka client of a service authenticates and encrypts: plaintext (local), TLS with client certificates
 * (mTLS), or SASL/SCRAM over TLS. One setting per key; secrets come from files (a mounted Kubernetes secret), never
 * from the environment or the command line, where they would show in process listings.
 *
 * @param protocol {@code security.protocol}
 * @param saslMechanism e.g. {@code SCRAM-SHA-512}; used with the SASL protocols
 * @param saslUsername the SASL user; with SASL protocols
 * @param saslPassword read from {@link #SASL_PASSWORD_FILE}; with SASL protocols
 * @param truststore PKCS12 or JKS trust store of the brokers' CA; absent means the JVM's default trust
 * @param truststorePassword read from its file
 * @param keystore the client's own certificate and key (mTLS); absent without client authentication
 * @param keystorePassword read from its file
 */
public record KafkaSecurity(
    String protocol, String saslMechanism, Optional<String> saslUsername, Optional<String> saslPassword,
    Optional<Path> truststore, Optional<String> truststorePassword, Optional<Path> keystore,
    Optional<String> keystorePassword) {

  /** Plaintext, no authentication: the local broker and the test brokers. */
  public static final KafkaSecurity NONE = new KafkaSecurity("PLAINTEXT", "SCRAM-SHA-512", Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  private static final List<String> PROTOCOLS = List.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");

  public static final Setting<String> PROTOCOL = Setting.of("kafka.security.protocol",
      Parsers.nonBlank().check(p -> PROTOCOLS.contains(p.toUpperCase(Locale.ROOT)), "must be one of " + PROTOCOLS),
      "How clients talk to the brokers: PLAINTEXT (local only), SSL (TLS; with a key store this is mTLS, the "
          + "certificate naming the service's principal), SASL_SSL (SCRAM user and password over TLS) or "
          + "SASL_PLAINTEXT (tests).").withDefault("PLAINTEXT");
  public static final Setting<String> SASL_MECHANISM = Setting.of("kafka.sasl.mechanism",
      Parsers.nonBlank().check(m -> m.equals("SCRAM-SHA-512") || m.equals("SCRAM-SHA-256") || m.equals("PLAIN"),
          "must be SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN"),
      "SASL mechanism with the SASL protocols.").withDefault("SCRAM-SHA-512");
  public static final Setting<String> SASL_USERNAME = Setting.of("kafka.sasl.username", Parsers.nonBlank(),
      "SASL user of this service (e.g. the Strimzi KafkaUser's name); required with the SASL protocols.")
      .asOptional();
  public static final Setting<Path> SASL_PASSWORD_FILE = Setting.of("kafka.sasl.password-file",
      Parsers.path().withLabel("FILE"), "File holding the SASL password (e.g. a mounted secret); required with the "
          + "SASL protocols.").asOptional();
  public static final Setting<Path> TRUSTSTORE = Setting.of("kafka.ssl.truststore.location",
      Parsers.path().withLabel("FILE"), "Trust store (PKCS12 or JKS) with the brokers' CA; the JVM's default trust "
          + "when unset.").asOptional();
  public static final Setting<Path> TRUSTSTORE_PASSWORD_FILE = Setting.of("kafka.ssl.truststore.password-file",
      Parsers.path().withLabel("FILE"), "File holding the trust store's password.").asOptional();
  public static final Setting<Path> KEYSTORE = Setting.of("kafka.ssl.keystore.location",
      Parsers.path().withLabel("FILE"), "Key store (PKCS12 or JKS) with this service's client certificate, for mTLS.")
      .asOptional();
  public static final Setting<Path> KEYSTORE_PASSWORD_FILE = Setting.of("kafka.ssl.keystore.password-file",
      Parsers.path().withLabel("FILE"), "File holding the key store's (and its key's) password; required with a key "
          + "store.").asOptional();

  public static final List<Setting<?>> SETTINGS = List.of(PROTOCOL, SASL_MECHANISM, SASL_USERNAME,
      SASL_PASSWORD_FILE, TRUSTSTORE, TRUSTSTORE_PASSWORD_FILE, KEYSTORE, KEYSTORE_PASSWORD_FILE);

  /** Resolves the settings and reads the secret files; a missing pair (a user without a password) is an error. */
  public static KafkaSecurity from(ConfigValues values) {
    String protocol = values.get(PROTOCOL).toUpperCase(Locale.ROOT);
    boolean sasl = protocol.startsWith("SASL");
    Optional<String> username = values.find(SASL_USERNAME);
    Optional<String> password = values.find(SASL_PASSWORD_FILE)
        .map(f -> SecretFiles.read(f, SASL_PASSWORD_FILE));
    if (sasl && (username.isEmpty() || password.isEmpty())) {
      throw problem(PROTOCOL, protocol + " needs " + SASL_USERNAME.name() + " and " + SASL_PASSWORD_FILE.name());
    }
    Optional<Path> keystore = values.find(KEYSTORE);
    Optional<String> keystorePassword = values.find(KEYSTORE_PASSWORD_FILE)
        .map(f -> SecretFiles.read(f, KEYSTORE_PASSWORD_FILE));
    if (keystore.isPresent() && keystorePassword.isEmpty()) {
      throw problem(KEYSTORE, "a key store needs " + KEYSTORE_PASSWORD_FILE.name());
    }
    return new KafkaSecurity(protocol, values.get(SASL_MECHANISM), username, password, values.find(TRUSTSTORE),
        values.find(TRUSTSTORE_PASSWORD_FILE).map(f -> SecretFiles.read(f, TRUSTSTORE_PASSWORD_FILE)), keystore,
        keystorePassword);
  }

  /** The client properties for this security, to add to every producer, consumer, admin and Streams config. */
  public Map<String, Object> clientConfig() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol);
    if (protocol.startsWith("SASL")) {
      config.put(SaslConfigs.SASL_MECHANISM, saslMechanism);
      String module = saslMechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule"
          : "org.apache.kafka.common.security.scram.ScramLoginModule";
      config.put(SaslConfigs.SASL_JAAS_CONFIG, module + " required username=\"" + jaasEscape(saslUsername.get())
          + "\" password=\"" + jaasEscape(saslPassword.get()) + "\";");
    }
    truststore.ifPresent(t -> config.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, t.toString()));
    truststorePassword.ifPresent(p -> config.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, p));
    keystore.ifPresent(k -> config.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, k.toString()));
    keystorePassword.ifPresent(p -> {
      config.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, p);
      config.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, p);
    });
    return config;
  }

  @Override
  public String toString() {
    // never the secrets
    return "KafkaSecurity[" + protocol + (protocol.startsWith("SASL") ? " " + saslMechanism + " as "
        + saslUsername.orElse("?") : "") + keystore.map(k -> ", client certificate " + k).orElse("") + "]";
  }

  private static ConfigException problem(Setting<?> setting, String reason) {
    return new ConfigException(new ConfigProblem(setting, Optional.empty(), "the combination of settings", reason,
        "set environment variable " + setting.envVar() + " or system property " + setting.name()));
  }

  private static String jaasEscape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
