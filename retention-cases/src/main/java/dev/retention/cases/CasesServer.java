package dev.retention.cases;

import dev.retention.cases.automation.AutomatedOutreach;
import dev.retention.cases.automation.AutomationSweep;
import dev.retention.cases.care.CarePlanner;
import dev.retention.cases.care.CareService;
import dev.retention.cases.care.CareSweep;
import dev.retention.cases.care.CareTasks;
import dev.retention.cases.care.JdbcCareCustomers;
import dev.retention.cases.config.ApiUsers;
import dev.retention.cases.config.CasesConfig;
import dev.retention.cases.http.CareHandlers;
import dev.retention.cases.http.CaseCommandHandlers;
import dev.retention.cases.http.CaseQueryHandlers;
import dev.retention.cases.kafka.CaseEventPublishing;
import dev.retention.cases.kafka.ProfileIntake;
import dev.retention.cases.kafka.PurchaseIntake;
import dev.retention.cases.kafka.TierIntake;
import dev.retention.cases.kafka.TopicConsumer;
import dev.retention.cases.kafka.WarningIntake;
import dev.retention.cases.projection.KpiMetrics;
import dev.retention.cases.store.CaseEngine;
import dev.retention.cases.store.Database;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.http.HttpServer;
import dev.retention.runtime.http.ReadinessCheck;
import dev.retention.runtime.metrics.MetricsRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The retention-cases process: database, Axon engine (with the Kafka publisher of case events), the consumers of
 * warnings, customers, interactions and customer values, the care calendar, and the HTTP API with health and metrics.
 */
public final class CasesServer implements AutoCloseable {

  private final List<AutoCloseable> parts;
  private final HttpServer http;
  private final CaseEngine engine;

  private CasesServer(List<AutoCloseable> parts, HttpServer http, CaseEngine engine) {
    this.parts = parts;
    this.http = http;
    this.engine = engine;
  }

  /** Starts everything; {@code clock} is the service's time (tests pass a movable one). */
  public static CasesServer start(CasesConfig config, Clock clock) {
    List<AutoCloseable> parts = new ArrayList<>();
    try {
      ApiUsers users = ApiUsers.load(config.apiUsersFile());
      MetricsRegistry metrics = MetricsRegistry.create("retention-cases");
      parts.add(metrics);
      Database database = Database.open(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(),
          config.jdbcPoolSize());
      parts.add(database);
      CaseEngine engine = CaseEngine.start(new CaseEngine.Settings(database, config.playbooks(),
          config.frequencyCap(), clock, config.deadlinePollInterval(), Optional.of(CaseEventPublishing.create(
              config.kafkaClientConfig(), config.topics().cases(), CaseEngine.serializer()))));
      parts.add(engine);
      Map<String, Object> bootstrap = config.kafkaClientConfig();
      String group = config.consumerGroup();
      TopicConsumer<?> warnings = new TopicConsumer<>(config.topics().warnings(), Topics.CHURN_WARNINGS, bootstrap,
          group + "-warnings", metrics.registry(),
          new WarningIntake(engine.commands(), engine::exists, clock)).start();
      parts.add(warnings);
      parts.add(new TopicConsumer<>(config.topics().customers(), Topics.CUSTOMERS, bootstrap, group + "-customers",
          metrics.registry(), new ProfileIntake(engine.consents())).start());
      parts.add(new TopicConsumer<>(config.topics().interactions(), Topics.INTERACTIONS, bootstrap,
          group + "-interactions", metrics.registry(), new PurchaseIntake(engine.commands(), engine.openCases()))
          .start());
      JdbcCareCustomers careCustomers = new JdbcCareCustomers(engine.sql());
      parts.add(new TopicConsumer<>(config.topics().customerValue(), Topics.CUSTOMER_VALUE, bootstrap,
          group + "-customer-value", metrics.registry(), new TierIntake(careCustomers)).start());
      CareTasks careTasks = new CareTasks(engine.sql());
      parts.add(new CareSweep(new CarePlanner(config.care(), careCustomers, careTasks, engine.contactPolicy()),
          clock, config.careSweepInterval()));
      parts.add(new AutomationSweep(new AutomatedOutreach(engine.views(), engine.commands(), clock,
          config.automation(), metrics.registry()), config.automationInterval()));
      CareHandlers care = new CareHandlers(new CareService(careTasks, engine.contactPolicy(), clock), users);
      KpiMetrics kpis = new KpiMetrics(engine.views(), clock, metrics.registry());
      CaseQueryHandlers queries = new CaseQueryHandlers(engine, users, clock);
      CaseCommandHandlers commands = new CaseCommandHandlers(engine, users, clock);
      HttpServer http = HttpServer.start(config.http(), List.of(consuming(warnings), database(engine)), () -> {
        kpis.refresh();
        return metrics.scrape();
      }, List.of(queries::register, commands::register, care::register));
      parts.add(http);
      return new CasesServer(parts, http, engine);
    } catch (RuntimeException e) {
      closeAll(parts);
      throw e;
    }
  }

  private static ReadinessCheck consuming(TopicConsumer<?> warnings) {
    return new ReadinessCheck() {
      @Override
      public String name() {
        return "warnings-consumer";
      }

      @Override
      public Status check() {
        return warnings.isAssigned() ? Status.up("consuming churn warnings")
            : Status.down("waiting for the churn-warnings partitions");
      }
    };
  }

  private static ReadinessCheck database(CaseEngine engine) {
    return new ReadinessCheck() {
      @Override
      public String name() {
        return "database";
      }

      @Override
      public Status check() {
        engine.sql().query("SELECT 1", row -> row.getInt(1));
        return Status.up("reachable");
      }
    };
  }

  public URI httpUri() {
    return http.baseUri();
  }

  public CaseEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    closeAll(parts);
  }

  private static void closeAll(List<AutoCloseable> parts) {
    for (int i = parts.size() - 1; i >= 0; i--) {
      try {
        parts.get(i).close();
      } catch (Exception e) {
        // keep closing the rest
      }
    }
    parts.clear();
  }
}
