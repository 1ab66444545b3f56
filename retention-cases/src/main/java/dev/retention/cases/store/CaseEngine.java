package dev.retention.cases.store;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.retention.cases.model.CaseEvents.OwnerAssigned;
import dev.retention.cases.model.ContactPolicy;
import dev.retention.cases.model.OpenCases;
import dev.retention.cases.model.Playbooks;
import dev.retention.cases.model.RetentionCase;
import dev.retention.cases.policy.ConsentBook;
import dev.retention.cases.policy.StandardContactPolicy;
import dev.retention.cases.policy.StandardContactPolicy.FrequencyCap;
import dev.retention.cases.projection.CaseViewProjection;
import dev.retention.cases.projection.CaseViews;
import dev.retention.contracts.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The Axon side of the service, plain Configurer API: the RetentionCase aggregate on a JDBC event store, a JDBC
 * token store and a db-scheduler deadline manager, all in one database and one transaction manager; the case-view
 * projection and (optionally) the Kafka publisher as tracking processors.
 */
public final class CaseEngine implements AutoCloseable {

  private final Configuration axon;
  private final Sql sql;
  private final JdbcOpenCases openCases;
  private final ConsentBook consents;
  private final ContactPolicy policy;

  private CaseEngine(Configuration axon, Sql sql, JdbcOpenCases openCases, ConsentBook consents,
      ContactPolicy policy) {
    this.axon = axon;
    this.sql = sql;
    this.openCases = openCases;
    this.consents = consents;
    this.policy = policy;
  }

  /**
   * What the engine needs.
   *
   * @param clock the service's time: command times and the deadline manager's notion of "now" (tests advance it)
   * @param publisher the case-event publisher to Kafka, if any
   */
  public record Settings(Database database, Playbooks playbooks, FrequencyCap cap, Clock clock,
      Duration deadlinePollInterval, Optional<KafkaEventPublisher<String, byte[]>> publisher) {
    public Settings {
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(playbooks, "playbooks");
      Objects.requireNonNull(cap, "cap");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(publisher, "publisher");
    }
  }

  /** The serializer of events, messages, tokens and deadlines: the platform's Jackson dialect, no class names. */
  public static Serializer serializer() {
    return JacksonSerializer.builder().objectMapper(Json.newMapper()).build();
  }

  /**
   * SQLState 23505 (unique violation) on PostgreSQL and H2 alike, so a second stream for one case id is reported as
   * {@code AggregateStreamCreationException} on both (Axon's default resolver knows only the JDBC exception class,
   * which the PostgreSQL driver does not use).
   */
  static boolean isDuplicateKey(Exception exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public static CaseEngine start(Settings settings) {
    ThreadBoundTransactions tx = new ThreadBoundTransactions(settings.database().dataSource());
    Sql sql = new Sql(tx);
    Serializer serializer = serializer();
    JdbcOpenCases openCases = new JdbcOpenCases(sql);
    JdbcConsentBook consents = new JdbcConsentBook(sql);
    ContactPolicy policy = new StandardContactPolicy(consents, new JdbcContactLedger(sql), settings.cap());
    DbSchedulerDeadlineManagerSupplier deadlineManager = new DbSchedulerDeadlineManagerSupplier();
    Scheduler scheduler = Scheduler.create(settings.database().dataSource(),
            List.of(DbSchedulerDeadlineManager.binaryTask(deadlineManager)))
        .clock(settings.clock()::instant)
        .pollingInterval(settings.deadlinePollInterval())
        .threads(2)
        .alwaysPersistTimestampInUTC()
        .build();

    Configurer configurer = DefaultConfigurer.defaultConfiguration()
        .configureSerializer(c -> serializer)
        .configureEventSerializer(c -> serializer)
        .configureMessageSerializer(c -> serializer)
        .configureTransactionManager(c -> tx)
        .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
            .connectionProvider(tx)
            .transactionManager(tx)
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .persistenceExceptionResolver(CaseEngine::isDuplicateKey)
            .build())
        .registerComponent(TokenStore.class, c -> JdbcTokenStore.builder()
            .connectionProvider(tx)
            .serializer(serializer)
            .build())
        .configureDeadlineManager(c -> {
          DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
              .scheduler(scheduler)
              .scopeAwareProvider(new ConfigurationScopeAwareProvider(c))
              .serializer(serializer)
              .transactionManager(tx)
              .build();
          deadlineManager.set(manager);
          return manager;
        })
        .registerComponent(Playbooks.class, c -> settings.playbooks())
        .registerComponent(OpenCases.class, c -> openCases)
        .registerComponent(ContactPolicy.class, c -> policy)
        .configureAggregate(RetentionCase.class);
    CaseViewProjection projection = new CaseViewProjection(sql);
    TrackingEventProcessorConfiguration tracking = TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
        .andEventAvailabilityTimeout(200, TimeUnit.MILLISECONDS);
    configurer.eventProcessing(ep -> {
      ep.registerEventHandler(c -> projection)
          .registerTrackingEventProcessor(CaseViewProjection.GROUP)
          .registerTrackingEventProcessorConfiguration(CaseViewProjection.GROUP, c -> tracking);
      settings.publisher().ifPresent(publisher -> ep.registerEventHandler(c -> publisher)
          .assignHandlerInstancesMatching(KafkaEventPublisher.DEFAULT_PROCESSING_GROUP, publisher::equals)
          .registerTrackingEventProcessor(KafkaEventPublisher.DEFAULT_PROCESSING_GROUP)
          .registerTrackingEventProcessorConfiguration(KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
              c -> tracking));
    });
    Configuration axon = configurer.buildConfiguration();
    // created before start, so its lifecycle starts the scheduler now: deadlines persisted before a restart fire
    axon.deadlineManager();
    axon.start();
    return new CaseEngine(axon, sql, openCases, consents, policy);
  }

  public CommandGateway commands() {
    return axon.commandGateway();
  }

  public CaseViews views() {
    return new CaseViews(sql);
  }

  /** Statements on the service's database, in the current transaction if there is one. */
  public Sql sql() {
    return sql;
  }

  /** The contact policy the aggregate uses, for contacts outside cases (the care calendar). */
  public ContactPolicy contactPolicy() {
    return policy;
  }

  public OpenCases openCases() {
    return openCases;
  }

  public ConsentBook consents() {
    return consents;
  }

  /** The case's events, oldest first; empty for an unknown case. */
  public List<? extends DomainEventMessage<?>> history(String caseId) {
    return axon.eventStore().readEvents(caseId).asStream().toList();
  }

  /** The case's current owner, from its events (always up to date, unlike the projection). */
  public Optional<String> owner(String caseId) {
    String owner = null;
    for (DomainEventMessage<?> event : history(caseId)) {
      if (event.getPayload() instanceof OwnerAssigned assigned) {
        owner = assigned.owner();
      }
    }
    return Optional.ofNullable(owner);
  }

  /** Whether any event of the case is stored. */
  public boolean exists(String caseId) {
    return axon.eventStore().lastSequenceNumberFor(caseId).isPresent();
  }

  @Override
  public void close() {
    axon.shutdown();
  }
}
