package dev.retention.contracts.events;

/**
 * The {@code data} of a platform CloudEvent. Each permitted record has exactly one logical type name, listed in
 * {@link EventType}.
 */
public sealed interface EventData permits InteractionData, CustomerData {

  /** The CloudEvents {@code type} attribute for this data. */
  default EventType eventType() {
    return EventType.of(this);
  }
}
