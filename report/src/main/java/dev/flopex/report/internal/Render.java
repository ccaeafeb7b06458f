package dev.flopex.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * How a report's {@code render} methods write: a {@link PrintStream} gets the text through its own
 * charset and line separator; any other {@link Appendable} gets the same text, printed to a UTF-8
 * buffer first.
 */
public final class Render {
  private Render() {}

  /** Prints with {@code print} to a buffer and returns the text. */
  public static String toText(Consumer<PrintStream> print) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(bytes, false, StandardCharsets.UTF_8);
    print.accept(ps);
    ps.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Prints with {@code print} straight to {@code out} when it is a {@link PrintStream}, else to a
   * buffer appended to {@code out}.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void to(Appendable out, Consumer<PrintStream> print) {
    if (out instanceof PrintStream) {
      PrintStream ps = (PrintStream) out;
      print.accept(ps);
      ps.flush();
      return;
    }
    try {
      out.append(toText(print));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
