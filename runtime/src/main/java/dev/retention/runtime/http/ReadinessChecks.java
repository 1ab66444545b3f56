package dev.retention.runtime.http;

import dev.retention.runtime.http.ReadinessCheck.Status;

/** Runs checks so that a failing check never escapes as an exception. */
final class ReadinessChecks {

  private ReadinessChecks() {}

  static Status run(ReadinessCheck check) {
    try {
      Status status = check.check();
      return status == null ? Status.down("the check returned no status") : status;
    } catch (RuntimeException e) {
      return Status.down(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
