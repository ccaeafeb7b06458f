package dev.flopex.costing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads costing's bundled data files (regions, assumption sets). */
public final class Resources {
  private Resources() {}

  /**
   * Returns a bundled resource's text.
   *
   * @param path the absolute resource path, e.g. {@code /dev/flopex/costing/regions/regions.yaml}
   * @throws IllegalStateException if the jar lacks it (a packaging fault, not bad user input)
   */
  public static String text(String path) {
    try (InputStream in = Resources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
