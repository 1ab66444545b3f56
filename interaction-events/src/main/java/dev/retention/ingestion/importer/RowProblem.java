package dev.retention.ingestion.importer;

/**
 * A row a reader cannot turn into an event; becomes an {@link ImportItem.Unreadable}. Checked, without a stack trace:
 * it is an expected outcome of reading bad data, not an error of the program.
 */
final class RowProblem extends Exception {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the column or field at fault, "" for the whole row
   */
  RowProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }

  ImportItem.Unreadable at(long line, long position) {
    return new ImportItem.Unreadable(line, 1, position, field, getMessage());
  }
}
