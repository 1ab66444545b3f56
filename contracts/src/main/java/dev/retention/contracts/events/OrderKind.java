package dev.retention.contracts.events;

/** Why a purchase happened: a first or repeat order, a subscription renewal, or an upsell to an existing customer. */
public enum OrderKind {
  ORDER, RENEWAL, UPSELL
}
