package dev.retention.deploy;

/** A port the broker needs is already taken by another process. */
public final class PortInUseException extends LauncherException {

  private final int port;

  public PortInUseException(String message, int port) {
    super(message);
    this.port = port;
  }

  public int port() {
    return port;
  }
}
