package dev.retention.ingestion.importer;

/**
 * The import cannot start: a missing file, a mapping that does not fit the file, an option that does not apply to
 * the format, a broker or topic that is not there. The message is complete and meant for the operator.
 */
public class ImportSetupException extends RuntimeException {

  public ImportSetupException(String message) {
    super(message);
  }

  public ImportSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
