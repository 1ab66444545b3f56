package dev.retention.contracts.events;

/** Channel of a contact with the customer; also the channel of a consent. */
public enum ContactChannel {
  PHONE, EMAIL, SMS, CHAT, VISIT, SOCIAL
}
