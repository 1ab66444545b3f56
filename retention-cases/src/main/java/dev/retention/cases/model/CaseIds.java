package dev.retention.cases.model;

/** Case ids. */
public final class CaseIds {

  private CaseIds() {}

  /**
   * The case a warning opens: one warning, one case id, so a re-delivered warning hits the existing aggregate (the
   * event store refuses a second stream with the same id) instead of opening another case.
   */
  public static String forWarning(String warningId) {
    return "case-" + warningId;
  }
}
