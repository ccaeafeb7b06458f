package dev.flopex.catalog.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.TextFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The pre-parsed form of flopex's bundled YAML data files (issue 13, W4): the {@link YamlDoc} a
 * file parses to (its tree, every node's line, every plain scalar as written), stored in a compact
 * binary form that is read back without SnakeYAML. Support code for flopex's own data-file readers;
 * not a stable API.
 *
 * <p>The build makes it ({@link #main}: for every {@code .yaml} file under the module's output
 * directory, a {@code .yaml.ydoc} file beside it), from the very bytes it bundles, by parsing them
 * with {@link YamlDoc#parse}; nothing is maintained by hand. Each pre-parsed file records the
 * length and CRC-32 of the YAML bytes it was made from and a CRC-32 of its own contents, and {@link
 * #read} gives it back only for those exact bytes, undamaged: a YAML file edited after the build
 * (or a pre-parsed file of another format version) is parsed from its text as before. User files
 * (overlays, fleet files) are always parsed from their text.
 */
public final class PreparsedYaml {
  /**
   * The suffix of a pre-parsed file: {@code catalog.yaml} is pre-parsed as {@code
   * catalog.yaml.ydoc}.
   */
  public static final String SUFFIX = ".ydoc";

  private static final int MAGIC = 0x464c5944; // "FLYD"
  private static final int VERSION = 1;
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private static final byte OBJECT = 0;
  private static final byte ARRAY = 1;
  private static final byte TEXT = 2;
  private static final byte NULL = 3;
  private static final byte TRUE = 4;
  private static final byte FALSE = 5;
  private static final byte INT = 6;
  private static final byte LONG = 7;
  private static final byte BIG_INTEGER = 8;
  private static final byte DOUBLE = 9;
  private static final byte BIG_DECIMAL = 10;

  private PreparsedYaml() {}

  /**
   * Returns the document that {@code yaml} parses to, read from its pre-parsed form, or null when
   * {@code preparsed} was not made from exactly these bytes by this format version (the caller then
   * parses the text).
   *
   * @param name the file name for messages
   * @param yaml the YAML file's bytes
   * @param preparsed the pre-parsed file's bytes
   * @param errors creates the exceptions the document's nodes throw
   * @return the document, or null
   */
  public static @Nullable YamlDoc read(
      String name, byte[] yaml, byte[] preparsed, YamlDoc.Errors errors) {
    try {
      ByteBuffer in = ByteBuffer.wrap(preparsed);
      if (in.getInt() != MAGIC || in.getInt() != VERSION) {
        return null;
      }
      if (in.getInt() != yaml.length || in.getLong() != crc(yaml, 0, yaml.length)) {
        return null; // made from other bytes: the YAML changed since the build
      }
      long body = in.getLong();
      if (body != crc(preparsed, in.position(), preparsed.length - in.position())) {
        return null; // damaged since the build
      }
      String[] strings = new String[in.getInt()];
      for (int i = 0; i < strings.length; i++) {
        int n = in.getInt();
        strings[i] = new String(preparsed, in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
      }
      Reader r = new Reader(in, strings);
      JsonNode root = r.node("");
      if (in.hasRemaining()) {
        return null;
      }
      return YamlDoc.of(name, root, r.lines, r.plain, errors);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      return null; // truncated or corrupt: parse the text instead
    }
  }

  /**
   * Returns the pre-parsed form of {@code doc}, the document that {@code yaml} parses to.
   *
   * @param doc the document
   * @param yaml the bytes it was parsed from
   * @return the pre-parsed form
   * @throws IllegalArgumentException if a text holds a lone surrogate (it has no UTF-8 form)
   */
  public static byte[] write(YamlDoc doc, byte[] yaml) {
    Writer w = new Writer(doc);
    ByteArrayOutputStream body = new ByteArrayOutputStream(yaml.length);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(yaml.length);
    try (DataOutputStream b = new DataOutputStream(body);
        DataOutputStream out = new DataOutputStream(bytes)) {
      w.write(b, doc.root, ""); // numbers the texts as it meets them
      b.flush();
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(yaml.length);
      out.writeLong(crc(yaml, 0, yaml.length));
      ByteArrayOutputStream rest = new ByteArrayOutputStream(yaml.length);
      DataOutputStream r = new DataOutputStream(rest);
      r.writeInt(w.strings.size());
      for (String s : w.strings) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (!new String(utf8, StandardCharsets.UTF_8).equals(s)) {
          throw new IllegalArgumentException(
              doc.name() + ": a text holds a lone surrogate and has no UTF-8 form");
        }
        r.writeInt(utf8.length);
        r.write(utf8);
      }
      body.writeTo(r);
      r.flush();
      byte[] tail = rest.toByteArray();
      out.writeLong(crc(tail, 0, tail.length));
      out.write(tail);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The build step: writes the pre-parsed form of every {@code .yaml} file under each directory
   * given, beside it, after parsing it as a bundled data file is parsed (strict UTF-8, {@link
   * YamlDoc#parse}); a file that does not parse fails the build with the parser's message.
   *
   * @param args the directories, e.g. {@code target/classes/dev/flopex/catalog/data}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    for (String dir : args) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of(dir))) {
        files =
            s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                .sorted()
                .collect(java.util.stream.Collectors.toList());
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        byte[] yaml = Files.readAllBytes(f);
        YamlDoc doc =
            YamlDoc.parse(
                name, TextFiles.decode(name, yaml, DataFileException::new), DataFileException::new);
        Files.write(f.resolveSibling(name + SUFFIX), write(doc, yaml));
      }
    }
  }

  private static long crc(byte[] b, int off, int len) {
    java.util.zip.CRC32 c = new java.util.zip.CRC32();
    c.update(b, off, len);
    return c.getValue();
  }

  /** A node's pointer under its parent, as {@link YamlDoc} makes it. */
  private static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  private static final class Writer {
    final YamlDoc doc;
    final List<String> strings = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();

    Writer(YamlDoc doc) {
      this.doc = doc;
    }

    int add(String s) {
      Integer i = index.get(s);
      if (i == null) {
        i = strings.size();
        strings.add(s);
        index.put(s, i);
      }
      return i;
    }

    void write(DataOutputStream out, JsonNode n, String pointer) throws IOException {
      byte kind = kind(n);
      out.writeByte(kind);
      Integer line = doc.lines().get(pointer);
      if (line == null) {
        throw new IllegalStateException(doc.name() + ": no line for " + pointer);
      }
      out.writeInt(line);
      if (kind >= TRUE) {
        String written = doc.plain().get(pointer);
        out.writeInt(written == null ? -1 : add(written));
      }
      switch (kind) {
        case OBJECT:
          out.writeInt(n.size());
          Iterator<Map.Entry<String, JsonNode>> it = n.fields();
          while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.writeInt(add(e.getKey()));
            write(out, e.getValue(), child(pointer, e.getKey()));
          }
          break;
        case ARRAY:
          out.writeInt(n.size());
          for (int i = 0; i < n.size(); i++) {
            write(out, n.get(i), pointer + "/" + i);
          }
          break;
        case TEXT:
          out.writeInt(add(n.textValue()));
          break;
        case INT:
          out.writeInt(n.intValue());
          break;
        case LONG:
          out.writeLong(n.longValue());
          break;
        case DOUBLE:
          out.writeLong(Double.doubleToRawLongBits(n.doubleValue()));
          break;
        case BIG_INTEGER:
        case BIG_DECIMAL:
          out.writeInt(add(n.numberValue().toString()));
          break;
        default: // null, true, false: the kind says it all
          break;
      }
    }

    private static byte kind(JsonNode n) {
      switch (n.getNodeType()) {
        case OBJECT:
          return OBJECT;
        case ARRAY:
          return ARRAY;
        case STRING:
          return TEXT;
        case NULL:
          return NULL;
        case BOOLEAN:
          return n.booleanValue() ? TRUE : FALSE;
        case NUMBER:
          if (n.isInt()) {
            return INT;
          }
          if (n.isLong()) {
            return LONG;
          }
          if (n.isBigInteger()) {
            return BIG_INTEGER;
          }
          if (n.isDouble()) {
            return DOUBLE;
          }
          if (n.isBigDecimal()) {
            return BIG_DECIMAL;
          }
          throw new IllegalArgumentException("no pre-parsed form for the number node " + n);
        default:
          throw new IllegalArgumentException("no pre-parsed form for the node " + n);
      }
    }
  }

  private static final class Reader {
    final ByteBuffer in;
    final String[] strings;
    final Map<String, Integer> lines = new HashMap<>();
    final Map<String, String> plain = new HashMap<>();

    Reader(ByteBuffer in, String[] strings) {
      this.in = in;
      this.strings = strings;
    }

    JsonNode node(String pointer) {
      byte kind = in.get();
      lines.put(pointer, in.getInt());
      if (kind >= TRUE) {
        int written = in.getInt();
        if (written >= 0) {
          plain.put(pointer, strings[written]);
        }
      }
      switch (kind) {
        case OBJECT:
          {
            int n = in.getInt();
            ObjectNode o = NODES.objectNode();
            for (int i = 0; i < n; i++) {
              String key = strings[in.getInt()];
              o.set(key, node(child(pointer, key)));
            }
            return o;
          }
        case ARRAY:
          {
            int n = in.getInt();
            ArrayNode a = NODES.arrayNode(n);
            for (int i = 0; i < n; i++) {
              a.add(node(pointer + "/" + i));
            }
            return a;
          }
        case TEXT:
          return NODES.textNode(strings[in.getInt()]);
        case NULL:
          return NODES.nullNode();
        case TRUE:
          return NODES.booleanNode(true);
        case FALSE:
          return NODES.booleanNode(false);
        case INT:
          return NODES.numberNode(in.getInt());
        case LONG:
          return NODES.numberNode(in.getLong());
        case BIG_INTEGER:
          return NODES.numberNode(new BigInteger(strings[in.getInt()]));
        case DOUBLE:
          return NODES.numberNode(Double.longBitsToDouble(in.getLong()));
        case BIG_DECIMAL:
          return NODES.numberNode(new BigDecimal(strings[in.getInt()]));
        default:
          throw new IllegalArgumentException("unknown node kind " + kind);
      }
    }
  }
}
