package dev.retention.cases.config;

import dev.retention.cases.automation.AutomatedOutreach;
import dev.retention.cases.care.CarePlanner;
import dev.retention.cases.care.Holiday;
import dev.retention.cases.model.Playbooks;
import dev.retention.cases.policy.StandardContactPolicy.FrequencyCap;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Parser;
import dev.retention.runtime.config.Parsers;
import dev.retention.runtime.config.SecretFiles;
import dev.retention.runtime.config.Setting;
import dev.retention.runtime.http.HttpServerConfig;
import dev.retention.runtime.streams.KafkaSecurity;
import dev.retention.runtime.streams.StreamsSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of retention-cases, typed and declared once.
 *
 * @param jdbcUrl the database; an embedded H2 file under {@code dataDir} unless given
 * @param topics topic names (the catalog's unless overridden, e.g. by tests); serdes always come from the catalog
 */
public record CasesConfig(
    Path dataDir,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    int jdbcPoolSize,
    Playbooks playbooks,
    FrequencyCap frequencyCap,
    Path apiUsersFile,
    List<String> bootstrapServers,
    String consumerGroup,
    TopicNames topics,
    Duration deadlinePollInterval,
    CarePlanner.Calendar care,
    Duration careSweepInterval,
    HttpServerConfig http,
    KafkaSecurity security,
    AutomatedOutreach.AutomationConfig automation,
    Duration automationInterval) {

  /** The topics the service reads and writes. */
  public record TopicNames(String warnings, String customers, String interactions, String customerValue,
      String cases) {}

  public static final int DEFAULT_PORT = 8085;
  private static final long MAX_REQUEST_BYTES = 64 * 1024;

  public static final Setting<Path> DATA_DIR = Setting.of("cases.data-dir", Parsers.path(),
      "Directory of the embedded H2 database (used when cases.jdbc.url is not set).")
      .withDefault("data/retention-cases");

  public static final Setting<String> JDBC_URL = Setting.of("cases.jdbc.url", Parsers.nonBlank(),
      "JDBC URL of the event store, token store, deadline table and case tables, e.g. "
          + "jdbc:postgresql://127.0.0.1:5432/retention. Unset: an H2 file under cases.data-dir (PostgreSQL mode).")
      .asOptional();

  public static final Setting<String> JDBC_USER = Setting.of("cases.jdbc.user", Parsers.nonBlank(),
      "Database user.").withDefault("sa");

  public static final Setting<String> JDBC_PASSWORD = Setting.of("cases.jdbc.password", Parsers.nonBlank(),
      "Database password; unset for none.").asOptional();

  public static final Setting<Path> JDBC_PASSWORD_FILE = Setting.of("cases.jdbc.password-file",
      Parsers.path().withLabel("FILE"), "File holding the database password (e.g. a mounted secret); the "
          + "alternative to cases.jdbc.password that keeps the secret out of the environment.").asOptional();

  public static final Setting<Integer> JDBC_POOL_SIZE = Setting.of("cases.jdbc.pool-size", Parsers.intBetween(2, 100),
      "Largest number of database connections.").withDefault("8");

  public static final Setting<Path> PLAYBOOKS_FILE = Setting.of("cases.playbooks.file", Parsers.path(),
      "Properties file with the playbooks per value tier (see README); unset: the built-in defaults (HIGH 24 h / "
          + "weekly, MEDIUM 72 h / monthly, LOW automated, follow-up after 14 d).").asOptional();

  public static final Setting<Integer> CAP_MAX = Setting.of("cases.contact.max-marketing", Parsers.positiveInt(),
      "Frequency cap: most marketing contacts (any purpose but SERVICE) per customer per cap window.")
      .withDefault("2");

  public static final Setting<Duration> CAP_WINDOW = Setting.of("cases.contact.cap-window", Parsers.duration(),
      "Frequency cap window.").withDefault("7d");

  public static final Setting<Path> API_USERS_FILE = Setting.of("cases.api-users.file", Parsers.path(),
      "File of 'user=role:key' lines (role agent or manager) for the case API.");

  public static final Setting<String> CONSUMER_GROUP = Setting.of("cases.consumer.group", Parsers.nonBlank(),
      "Kafka consumer group prefix of the warning, customer and interaction consumers.")
      .withDefault("retention-cases");

  public static final Setting<String> WARNINGS_TOPIC = topic("warnings", Topics.CHURN_WARNINGS.name());
  public static final Setting<String> CUSTOMERS_TOPIC = topic("customers", Topics.CUSTOMERS.name());
  public static final Setting<String> INTERACTIONS_TOPIC = topic("interactions", Topics.INTERACTIONS.name());
  public static final Setting<String> CUSTOMER_VALUE_TOPIC = topic("customer-value", Topics.CUSTOMER_VALUE.name());
  public static final Setting<String> CASES_TOPIC = topic("cases", Topics.CASES.name());

  public static final Setting<Duration> DEADLINE_POLL = Setting.of("cases.deadlines.poll-interval",
      Parsers.duration(), "How often the persistent deadline manager (db-scheduler) looks for due deadlines.")
      .withDefault("10s");

  public static final Setting<List<Holiday>> CARE_HOLIDAYS = Setting.of("cases.care.holidays",
      Parser.of("HOLIDAYS", Holiday::parseList),
      "Holidays on which HIGH and MEDIUM customers get a care greeting: MM-DD=name entries separated by commas, "
          + "e.g. 12-24=christmas-eve,01-01=new-year. Unset: birthdays only.").asOptional();

  public static final Setting<Duration> CARE_LEAD = Setting.of("cases.care.lead", Parsers.duration(),
      "How long before a birthday or holiday its care-outreach task is planned.").withDefault("3d");

  public static final Setting<ContactChannel> CARE_CHANNEL = Setting.of("cases.care.channel",
      Parser.of("CHANNEL", CasesConfig::channel),
      "Channel of a care greeting for a customer without a preferred channel (PHONE, EMAIL, SMS, CHAT, VISIT, "
          + "SOCIAL).").withDefault("EMAIL");

  public static final Setting<Duration> AUTOMATION_INTERVAL = Setting.of("cases.automation.interval",
      Parsers.duration(), "How often the cases of automated playbooks (owner role automated-outreach) are looked at "
          + "to send what is due: the first care message when a case opens, follow-ups shortly before they are due.")
      .withDefault("1m");
  public static final Setting<Duration> AUTOMATION_LEAD = Setting.of("cases.automation.follow-up-lead",
      Parsers.duration(), "An automated follow-up is sent this long before it is due (at least the interval, so "
          + "the deadline never passes first).").withDefault("10m");
  public static final Setting<ContactChannel> AUTOMATION_CHANNEL = Setting.of("cases.automation.channel",
      Parser.of("CHANNEL", CasesConfig::channel),
      "Channel of automated care messages.").withDefault("EMAIL");
  public static final Setting<BigDecimal> AUTOMATION_COUPON = Setting.of("cases.automation.coupon-value",
      Parsers.decimalAtLeast(BigDecimal.ZERO), "Value of the coupon offered with the first automated "
          + "care message; 0 for none.").withDefault("10.00");

  public static final Setting<Duration> CARE_SWEEP = Setting.of("cases.care.sweep-interval", Parsers.duration(),
      "How often the care calendar plans tasks (idempotent: one task per customer, occasion and date).")
      .withDefault("1h");

  private static ContactChannel channel(String raw) {
    try {
      return ContactChannel.valueOf(raw.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("must be one of " + java.util.Arrays.toString(ContactChannel.values()), e);
    }
  }

  private static Setting<String> topic(String what, String catalogName) {
    return Setting.of("cases.topic." + what, Parsers.nonBlank(),
        "Name of the " + what + " topic; the catalog's unless overridden (tests).").withDefault(catalogName);
  }

  public static List<Setting<?>> settings() {
    List<Setting<?>> all = new ArrayList<>(List.of(DATA_DIR, JDBC_URL, JDBC_USER, JDBC_PASSWORD, JDBC_POOL_SIZE,
        PLAYBOOKS_FILE, CAP_MAX, CAP_WINDOW, API_USERS_FILE, StreamsSettings.BOOTSTRAP_SERVERS, CONSUMER_GROUP,
        WARNINGS_TOPIC, CUSTOMERS_TOPIC, INTERACTIONS_TOPIC, CUSTOMER_VALUE_TOPIC, CASES_TOPIC, DEADLINE_POLL,
        CARE_HOLIDAYS, CARE_LEAD, CARE_CHANNEL, CARE_SWEEP, JDBC_PASSWORD_FILE, AUTOMATION_INTERVAL, AUTOMATION_LEAD,
        AUTOMATION_CHANNEL, AUTOMATION_COUPON));
    all.addAll(KafkaSecurity.SETTINGS);
    all.addAll(HttpServerConfig.settings(DEFAULT_PORT));
    return all;
  }

  public static CasesConfig from(ConfigValues values) {
    Path dataDir = values.get(DATA_DIR);
    String url = values.find(JDBC_URL)
        .orElse("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("cases") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    Optional<Path> playbooks = values.find(PLAYBOOKS_FILE);
    Optional<String> passwordFromFile = values.find(JDBC_PASSWORD_FILE)
        .map(f -> SecretFiles.read(f, JDBC_PASSWORD_FILE));
    if (passwordFromFile.isPresent() && values.find(JDBC_PASSWORD).isPresent()) {
      throw new IllegalArgumentException("set either " + JDBC_PASSWORD.name() + " or " + JDBC_PASSWORD_FILE.name()
          + ", not both");
    }
    String password = passwordFromFile.or(() -> values.find(JDBC_PASSWORD)).orElse("");
    return new CasesConfig(dataDir, url, values.get(JDBC_USER), password,
        values.get(JDBC_POOL_SIZE), playbooks.map(PlaybookFile::load).orElse(Playbooks.DEFAULTS),
        new FrequencyCap(values.get(CAP_MAX), values.get(CAP_WINDOW)), values.get(API_USERS_FILE),
        values.get(StreamsSettings.BOOTSTRAP_SERVERS), values.get(CONSUMER_GROUP),
        new TopicNames(values.get(WARNINGS_TOPIC), values.get(CUSTOMERS_TOPIC), values.get(INTERACTIONS_TOPIC),
            values.get(CUSTOMER_VALUE_TOPIC), values.get(CASES_TOPIC)),
        values.get(DEADLINE_POLL),
        new CarePlanner.Calendar(values.find(CARE_HOLIDAYS).orElse(List.of()), values.get(CARE_LEAD),
            values.get(CARE_CHANNEL)),
        values.get(CARE_SWEEP), HttpServerConfig.from(values, MAX_REQUEST_BYTES), KafkaSecurity.from(values),
        automation(values),
        values.get(AUTOMATION_INTERVAL));
  }

  private static AutomatedOutreach.AutomationConfig automation(ConfigValues values) {
    Duration interval = values.get(AUTOMATION_INTERVAL);
    Duration lead = values.get(AUTOMATION_LEAD);
    if (lead.compareTo(interval) < 0) {
      throw new IllegalArgumentException(AUTOMATION_LEAD.name() + " (" + lead + ") must be at least "
          + AUTOMATION_INTERVAL.name() + " (" + interval + "), or a follow-up could be missed between two looks");
    }
    return new AutomatedOutreach.AutomationConfig(values.get(AUTOMATION_CHANNEL),
        "We miss you: a care message with a coupon for your next order", "Checking in: a care message",
        values.get(AUTOMATION_COUPON), lead);
  }

  /** The brokers and security settings every Kafka client of the service starts from. */
  public Map<String, Object> kafkaClientConfig() {
    Map<String, Object> client = new java.util.LinkedHashMap<>();
    client.put(org.apache.kafka.clients.CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServersConfig());
    client.putAll(security.clientConfig());
    return client;
  }

  public String bootstrapServersConfig() {
    return String.join(",", bootstrapServers);
  }
}
