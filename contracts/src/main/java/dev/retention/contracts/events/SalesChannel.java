package dev.retention.contracts.events;

/** Where a purchase was made. */
public enum SalesChannel {
  WEB, APP, STORE, PHONE, PARTNER, OTHER
}
