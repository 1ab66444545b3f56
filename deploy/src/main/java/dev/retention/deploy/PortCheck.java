package dev.retention.deploy;

import dev.retention.runtime.config.Setting;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Refuses to go on when a port the broker needs is taken, so the operator reads "port 9092 is in use" instead of a
 * broker that dies a few seconds later with a bind error deep in its log.
 */
public final class PortCheck {

  private PortCheck() {}

  /** Throws {@link PortInUseException} if {@code host:port} cannot be bound right now. */
  public static void requireFree(String host, int port, Setting<Integer> setting) {
    requireFree(host, port, "another Kafka?", ConfigOptions.howToSet(setting),
        ConfigOptions.howToSet(LocalKafkaConfig.HOST_SETTING));
  }

  /**
   * Throws {@link PortInUseException} if {@code host:port} cannot be bound right now.
   *
   * @param guess who might hold it, for the message
   * @param howToSet the option or variable that moves it
   */
  public static void requireFree(String host, int port, String guess, String howToSet) {
    requireFree(host, port, guess, howToSet, "the host");
  }

  private static void requireFree(String host, int port, String guess, String howToSet, String howToSetHost) {
    try (ServerSocket socket = new ServerSocket()) {
      // the same choice Kafka's acceptor makes: a port in TIME_WAIT after a stop is free, a listening one is not
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
    } catch (BindException e) {
      throw new PortInUseException("port " + port + " on " + host + " is already in use (" + guess + " set "
          + howToSet + ")", port);
    } catch (IOException | SecurityException e) {
      throw new LauncherException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
          + " (check " + howToSetHost + ")", e);
    }
  }

  /** Checks both ports of the broker. */
  public static void requireFree(LocalKafkaConfig config) {
    requireFree(config.host(), config.port(), LocalKafkaConfig.PORT);
    requireFree(config.host(), config.controllerPort(), LocalKafkaConfig.CONTROLLER_PORT);
  }
}
