package dev.flopex.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Prints plain maps, lists, strings and numbers as indented JSON, the form of every JSON output.
 */
public final class Json {
  private Json() {}

  /**
   * The mapper, built on first {@link #print} (a holder class: {@link #writer}, which every command
   * uses for its streams, must not pay for building an ObjectMapper on a cold start, issue 13).
   */
  private static final class Mapper {
    static final ObjectMapper INSTANCE =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Mapper() {}
  }

  /** Prints {@code value} as indented JSON and a line break, then flushes. */
  public static void print(PrintStream out, Object value) {
    try {
      Mapper.INSTANCE.writeValue(writer(out), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  /**
   * Returns a writer that prints to {@code stream}, so text goes through the stream's own charset
   * (an {@code OutputStreamWriter} would use the platform default instead).
   */
  public static Writer writer(PrintStream stream) {
    return new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        stream.print(new String(buf, off, len));
      }

      @Override
      public void write(String s, int off, int len) {
        stream.print(s.substring(off, off + len));
      }

      @Override
      public void flush() {
        stream.flush();
      }

      @Override
      public void close() {
        stream.flush();
      }
    };
  }
}
