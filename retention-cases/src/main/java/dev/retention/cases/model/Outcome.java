package dev.retention.cases.model;

/** How a retention case ended. */
public enum Outcome {
  RETAINED, LOST, UNREACHABLE, FALSE_ALARM
}
