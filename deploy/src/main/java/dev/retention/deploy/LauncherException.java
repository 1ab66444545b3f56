package dev.retention.deploy;

/**
 * A failure of the launcher that an operator can act on. The message is complete and is shown as is, without a
 * stack trace.
 */
public class LauncherException extends RuntimeException {

  public LauncherException(String message) {
    super(message);
  }

  public LauncherException(String message, Throwable cause) {
    super(message, cause);
  }
}
