package dev.retention.cases.model;

/** A command whose field is wrong in itself, whatever the case's state (HTTP 422, naming the field). */
public class InvalidCaseCommand extends RuntimeException {

  private final String field;

  public InvalidCaseCommand(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
