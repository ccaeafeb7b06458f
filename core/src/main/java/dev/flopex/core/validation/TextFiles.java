package dev.flopex.core.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a user's data file (a fleet file, a catalog overlay) as text, safely: only a regular file
 * (a symbolic link to one is followed), never more than a byte cap however the file reports its
 * size, and strictly UTF-8. A device, FIFO, socket or directory is refused before it is opened, so
 * {@code /dev/zero} cannot exhaust memory and a FIFO cannot block. Every problem is one {@link
 * DataFileException} naming the file:
 *
 * <pre>
 * fleet.yaml: file must be a regular file but was a device, FIFO or socket (/dev/zero)
 * big.yaml: file must be at most 8388608 bytes but was more than 8388608 bytes
 * bad.yaml:3: file must be UTF-8 text but was byte 0xFF at byte offset 41
 * </pre>
 *
 * @since 0.1
 */
public final class TextFiles {
  private static final int CHUNK = 64 * 1024;

  private TextFiles() {}

  /**
   * Creates the exception thrown for a problem in a file ({@code DataFileException::new} or a
   * subclass's).
   */
  @FunctionalInterface
  public interface Errors {
    /**
     * Creates an exception.
     *
     * @param file the file name
     * @param line the 1-based line, or 0
     * @param field the field path
     * @param value the value as text, or null when missing
     * @param rule the rule broken
     * @param cause the cause, or null
     * @return the exception
     */
    DataFileException create(
        String file,
        int line,
        String field,
        @Nullable String value,
        String rule,
        @Nullable Throwable cause);
  }

  /**
   * Reads a file as UTF-8 text.
   *
   * @param file the file; a symbolic link is followed to its target, which must be a regular file
   * @param maxBytes the most bytes accepted, > 0
   * @param errors creates the exception to throw
   * @return the text
   * @throws DataFileException if the file is missing, unreadable, not a regular file, larger than
   *     {@code maxBytes} or not UTF-8
   */
  public static String read(Path file, long maxBytes, Errors errors) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw errors.create(name, 0, "file", file.toString(), "must exist", e);
    } catch (IOException e) {
      throw errors.create(
          name, 0, "file", file.toString(), "must be a readable file (" + reason(e) + ")", e);
    }
    if (!a.isRegularFile()) {
      String kind = a.isDirectory() ? "a directory" : "a device, FIFO or socket";
      throw errors.create(
          name, 0, "file", kind + " (" + file + ")", "must be a regular file", null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in, maxBytes, errors);
    } catch (AccessDeniedException e) {
      throw errors.create(
          name, 0, "file", file.toString(), "must be readable (permission denied)", e);
    } catch (IOException e) {
      throw errors.create(
          name, 0, "file", file.toString(), "must be a readable file (" + reason(e) + ")", e);
    }
  }

  /**
   * Says why a file could not be read in words ("File name too long"), not as a Java class name.
   */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException
        && ((java.nio.file.FileSystemException) e).getReason() != null) {
      return ((java.nio.file.FileSystemException) e).getReason();
    }
    String kind =
        e.getClass()
            .getSimpleName()
            .replace("Exception", "")
            .replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase(Locale.ROOT);
    return kind.isEmpty() || kind.equals("io") ? "input/output error" : kind;
  }

  /**
   * Reads a stream (e.g. standard input) as UTF-8 text, stopping as soon as it passes the cap.
   *
   * @param name the name for messages, e.g. {@code <stdin>}
   * @param in the stream; not closed
   * @param maxBytes the most bytes accepted, > 0
   * @param errors creates the exception to throw
   * @return the text
   * @throws DataFileException if the stream is longer than {@code maxBytes} or not UTF-8
   * @throws IOException if reading fails
   */
  public static String read(String name, InputStream in, long maxBytes, Errors errors)
      throws IOException {
    Check.that(maxBytes > 0, "maxBytes", Long.toString(maxBytes), "must be > 0");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[CHUNK];
    long total = 0;
    int n;
    while ((n = in.read(buf, 0, (int) Math.min(buf.length, maxBytes + 1 - total))) > 0) {
      total += n;
      if (total > maxBytes) {
        throw errors.create(
            name,
            0,
            "file",
            "more than " + maxBytes + " bytes",
            "must be at most " + maxBytes + " bytes",
            null);
      }
      out.write(buf, 0, n);
    }
    return decode(name, out.toByteArray(), errors);
  }

  /**
   * Decodes bytes as strict UTF-8: a malformed or truncated sequence is refused with its line and
   * byte offset, never replaced by U+FFFD.
   *
   * @param name the name for messages
   * @param bytes the bytes
   * @param errors creates the exception to throw
   * @return the text
   * @throws DataFileException naming the line and byte offset of the first bad byte
   */
  public static String decode(String name, byte[] bytes, Errors errors) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String value =
          String.format(Locale.ROOT, "byte 0x%02X at byte offset %d", bytes[at] & 0xFF, at);
      throw errors.create(name, line, "file", value, "must be UTF-8 text", null);
    }
    out.flip();
    return out.toString();
  }
}
