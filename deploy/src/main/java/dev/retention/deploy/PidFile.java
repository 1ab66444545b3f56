package dev.retention.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The pid of the running broker, in the data directory, so that {@code retention kafka stop} finds a broker that an
 * earlier command started. A pid file outlives a crash; {@link #liveProcess} tells a live broker from a stale file.
 */
public final class PidFile {

  private final Path file;

  public PidFile(Path file) {
    this.file = file;
  }

  public Path path() {
    return file;
  }

  public void write(long pid) {
    ServerPropertiesWriter.writeAtomically(file, pid + "\n");
  }

  /** The pid in the file, if there is a file with a pid in it. */
  public Optional<Long> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(Files.readString(file).strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The process the file names, if it is alive and is the broker: when its command line is visible it must match,
   * so that a pid recycled by the operating system is not taken for the broker.
   */
  public Optional<ProcessHandle> liveProcess(Predicate<String> isBrokerCommandLine) {
    return read()
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(isBrokerCommandLine::test).orElse(true));
  }

  public void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }
}
