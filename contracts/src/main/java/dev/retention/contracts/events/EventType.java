package dev.retention.contracts.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every CloudEvents {@code type} the platform accepts, with the record its {@code data} maps to. This table is the
 * only place where a logical type name meets a Java class; JSON never carries class names.
 */
public enum EventType {
  PURCHASE_COMPLETED("retention.purchase.completed.v1", PurchaseCompleted.class),
  PURCHASE_REFUNDED("retention.purchase.refunded.v1", PurchaseRefunded.class),
  CONTACT_LOGGED("retention.contact.logged.v1", ContactLogged.class),
  COMPLAINT_OPENED("retention.complaint.opened.v1", ComplaintOpened.class),
  COMPLAINT_RESPONDED("retention.complaint.responded.v1", ComplaintResponded.class),
  COMPLAINT_RESOLVED("retention.complaint.resolved.v1", ComplaintResolved.class),
  SURVEY_ANSWERED("retention.survey.answered.v1", SurveyAnswered.class),
  CUSTOMER_REGISTERED("retention.customer.registered.v1", CustomerRegistered.class),
  CUSTOMER_UPDATED("retention.customer.updated.v1", CustomerUpdated.class),
  CONSENT_CHANGED("retention.consent.changed.v1", ConsentChanged.class);

  private static final Map<String, EventType> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));
  private static final Map<Class<?>, EventType> BY_CLASS =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

  private final String typeName;
  private final Class<? extends EventData> dataClass;

  EventType(String typeName, Class<? extends EventData> dataClass) {
    this.typeName = typeName;
    this.dataClass = dataClass;
  }

  /** The logical name, the CloudEvents {@code type} attribute, e.g. {@code retention.purchase.completed.v1}. */
  public String typeName() {
    return typeName;
  }

  public Class<? extends EventData> dataClass() {
    return dataClass;
  }

  /** True for purchases, contacts, complaints and surveys: the events of the interactions topic. */
  public boolean isInteraction() {
    return InteractionData.class.isAssignableFrom(dataClass);
  }

  /** The JSON Schema of this type, a classpath resource: {@code schemas/<type name>.schema.json}. */
  public String schemaResource() {
    return "schemas/" + typeName + ".schema.json";
  }

  public static Optional<EventType> byName(String typeName) {
    return Optional.ofNullable(BY_NAME.get(typeName));
  }

  public static EventType of(EventData data) {
    EventType type = BY_CLASS.get(data.getClass());
    if (type == null) {
      // unreachable while EventData is sealed and every permitted record is listed; a test guards that
      throw new IllegalStateException("no event type for " + data.getClass());
    }
    return type;
  }
}
