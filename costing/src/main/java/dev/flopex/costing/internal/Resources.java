package dev.flopex.costing.internal;

import dev.flopex.catalog.internal.yaml.PreparsedYaml;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import dev.flopex.core.validation.DataFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

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
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /**
   * Returns a bundled YAML file's document: read from the pre-parsed form the build made of these
   * very bytes ({@link PreparsedYaml}, issue 13: it skips the YAML parser), else parsed from the
   * text as {@link YamlDoc#parse} does.
   *
   * @param path the absolute resource path, e.g. {@code /dev/flopex/costing/regions/regions.yaml}
   * @param name the file name for messages
   * @throws IllegalStateException if the jar lacks it (a packaging fault, not bad user input)
   */
  public static YamlDoc yaml(String path, String name) {
    byte[] yaml = bytes(path);
    byte[] preparsed = optionalBytes(path + PreparsedYaml.SUFFIX);
    YamlDoc doc =
        preparsed == null
            ? null
            : PreparsedYaml.read(name, yaml, preparsed, DataFileException::new);
    return doc != null
        ? doc
        : YamlDoc.parse(name, new String(yaml, StandardCharsets.UTF_8), DataFileException::new);
  }

  private static byte[] bytes(String path) {
    byte[] b = optionalBytes(path);
    if (b == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return b;
  }

  private static byte @Nullable [] optionalBytes(String path) {
    try (InputStream in = Resources.class.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
