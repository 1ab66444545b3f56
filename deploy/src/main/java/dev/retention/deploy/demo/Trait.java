package dev.retention.deploy.demo;

/** What the demo makes of a customer beyond a steady purchase process; a customer has at most one trait. */
public enum Trait {
  /** Buys at a steady rate throughout. */
  STEADY,
  /** Buys steadily, then, from a drift date on, ever more rarely until not at all. */
  DRIFTING,
  /** Has a recent complaint that nobody answers. */
  UNANSWERED_COMPLAINT,
  /** Answered a recent NPS survey as a detractor (0-6). */
  DETRACTOR
}
