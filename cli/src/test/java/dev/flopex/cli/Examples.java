package dev.flopex.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the repository's example fleet files from the cli module (Maven's working directory) or
 * the repository root.
 */
final class Examples {
  private Examples() {}

  /** Returns e.g. {@code ../examples/fleets/h100-neocloud.yaml} as a path string that exists. */
  static String fleet(String name) {
    for (String dir : new String[] {"../examples/fleets/", "examples/fleets/"}) {
      Path p = Path.of(dir + name);
      if (Files.isRegularFile(p)) {
        return dir + name;
      }
    }
    throw new IllegalStateException(
        "examples/fleets/" + name + " not found from " + Path.of("").toAbsolutePath());
  }
}
