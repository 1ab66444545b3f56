package dev.retention.churn.model;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared CDNOW data (shared/data/cdnow beside the repository) from wherever the tests run. */
public final class CdnowFiles {

  private CdnowFiles() {
  }

  /** {@code shared/data/cdnow/<name>} in the working directory or its nearest ancestor that has it. */
  public static Path locate(String name) {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("cdnow").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("CDNOW data file shared/data/cdnow/" + name + " not found in " + start
        + " or any parent directory; the repository's shared/ folder must sit beside the checkout");
  }
}
