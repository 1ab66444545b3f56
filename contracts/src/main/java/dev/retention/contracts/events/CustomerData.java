package dev.retention.contracts.events;

/**
 * Who a customer is and how they may be contacted. The only events that carry personal data; they are folded into
 * the compacted customers topic, where erasure is a tombstone.
 */
public sealed interface CustomerData extends EventData
    permits CustomerRegistered, CustomerUpdated, ConsentChanged {}
