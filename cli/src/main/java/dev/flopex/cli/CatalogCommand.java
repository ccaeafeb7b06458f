package dev.flopex.cli;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.AcceleratorFilters;
import dev.flopex.catalog.CatalogChange;
import dev.flopex.catalog.CatalogDiff;
import dev.flopex.catalog.CatalogExport;
import dev.flopex.catalog.CatalogLoader;
import dev.flopex.catalog.CatalogValue;
import dev.flopex.catalog.CloudInstance;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.PricePoint;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.Suggestions;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.report.internal.Csv;
import dev.flopex.report.internal.Fmt;
import dev.flopex.report.internal.Table;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flopex catalog}: list, show, compare and export the hardware catalog. */
@Command(
    name = "catalog",
    description = "Browse the hardware catalog: accelerators with sourced figures.",
    subcommands = {
      CatalogCommand.ListCmd.class,
      CatalogCommand.ShowCmd.class,
      CatalogCommand.CompareCmd.class,
      CatalogCommand.ExportCmd.class,
      CatalogCommand.DiffCmd.class,
      CatalogCommand.InstancesCmd.class
    })
final class CatalogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing required subcommand: list, show, compare, export, diff or instances");
  }

  /** {@code flopex catalog list}. */
  @Command(
      name = "list",
      sortOptions = false,
      description =
          "List the accelerators: memory, BF16 and FP8 dense peaks, TDP and the latest new-purchase price per GPU with its basis (list, street, negotiated or estimate; used, rental, per-system and per-rack prices are in 'catalog show').")
  static final class ListCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Option(
        names = "--vendor",
        paramLabel = "V",
        description = "Only this vendor (ignoring case), e.g. NVIDIA.")
    String vendor;

    @Mixin TableJsonCsvFormat format;

    @Override
    public Integer call() {
      Format f = format.get();
      Context ctx = FlopexCommand.context(spec);
      HardwareCatalog catalog = ctx.catalog();
      List<Accelerator> list =
          vendor == null
              ? catalog.accelerators()
              : catalog.accelerators(AcceleratorFilters.vendor(vendor));
      if (list.isEmpty() && vendor != null) {
        TreeSet<String> vendors = new TreeSet<>();
        catalog.accelerators().forEach(a -> vendors.add(a.vendor()));
        ctx.err()
            .println(
                "flopex: no accelerator has vendor '"
                    + vendor
                    + "'; vendors are "
                    + String.join(", ", vendors));
      }
      PrintStream out = ctx.out();
      switch (f) {
        case JSON:
          List<Map<String, Object>> rows = new ArrayList<>();
          for (Accelerator a : list) {
            rows.add(record(catalog, a));
          }
          ctx.printJson(rows);
          break;
        case CSV:
          List<String> keys = new ArrayList<>(record(catalog, null).keySet());
          Csv.row(out, keys);
          for (Accelerator a : list) {
            Csv.row(out, new ArrayList<>(record(catalog, a).values()));
          }
          break;
        default:
          Table t =
              new Table(
                      "ID",
                      "VENDOR",
                      "NAME",
                      "MEMORY",
                      "BF16 TFLOP/S",
                      "FP8 TFLOP/S",
                      "TDP W",
                      "NEW PRICE USD/GPU (BASIS, AS OF)")
                  .right(4, 5, 6, 7);
          for (Accelerator a : list) {
            Optional<PricePoint> p = a.latestNewPrice(dev.flopex.catalog.PriceUnit.PER_GPU);
            t.add(
                a.id(),
                a.vendor(),
                a.name(),
                Fmt.q(a.memory().capacity().value()),
                a.dense(Precision.BF16)
                    .map(q -> Fmt.num(q.in(Precision.BF16.displayUnit())))
                    .orElse(Fmt.NONE),
                a.dense(Precision.FP8)
                    .map(q -> Fmt.num(q.in(Precision.FP8.displayUnit())))
                    .orElse(Fmt.NONE),
                a.tdp().map(q -> Fmt.num(q.value().in(PowerUnit.WATTS))).orElse(Fmt.NONE),
                p.map(
                        x ->
                            Fmt.num(x.price().amount())
                                + " ("
                                + x.basis().key()
                                + ", "
                                + x.asOf()
                                + ")")
                    .orElse(Fmt.NONE));
          }
          out.println(catalog.versionLine());
          t.print(out, "");
          break;
      }
      out.flush();
      return 0;
    }

    /** The row for JSON and CSV; with {@code a == null}, only its keys matter. */
    private static Map<String, Object> record(HardwareCatalog catalog, Accelerator a) {
      Map<String, Object> r = new LinkedHashMap<>();
      Optional<PricePoint> p =
          a == null ? Optional.empty() : a.latestNewPrice(dev.flopex.catalog.PriceUnit.PER_GPU);
      r.put("id", a == null ? null : a.id());
      r.put("vendor", a == null ? null : a.vendor());
      r.put("name", a == null ? null : a.name());
      r.put("memory", a == null ? null : Fmt.q(a.memory().capacity().value()));
      r.put(
          "memory_capacity_gb",
          a == null ? null : Fmt.json(a.memory().capacity().value().in(DataSizeUnit.GIGABYTES)));
      r.put(
          "bf16_dense_tflops",
          a == null
              ? null
              : a.dense(Precision.BF16)
                  .map(q -> Fmt.json(q.in(Precision.BF16.displayUnit())))
                  .orElse(null));
      r.put(
          "fp8_dense_tflops",
          a == null
              ? null
              : a.dense(Precision.FP8)
                  .map(q -> Fmt.json(q.in(Precision.FP8.displayUnit())))
                  .orElse(null));
      r.put(
          "tdp_w",
          a == null
              ? null
              : a.tdp().map(q -> Fmt.json(q.value().in(PowerUnit.WATTS))).orElse(null));
      r.put("price_usd", p.map(x -> Fmt.json(x.price().amount())).orElse(null));
      r.put("price_basis", p.map(x -> x.basis().key()).orElse(null));
      r.put("price_unit", p.map(x -> x.unit().key()).orElse(null));
      r.put("price_as_of", p.map(x -> x.asOf().toString()).orElse(null));
      r.put("catalog_version", catalog.version());
      r.put("catalog_as_of", catalog.asOf().map(Object::toString).orElse(null));
      return r;
    }
  }

  /** {@code flopex catalog show ID}. */
  @Command(
      name = "show",
      sortOptions = false,
      description =
          "Show everything about one accelerator: every figure with its unit, source and confidence; prices; measurements; export-control metrics.")
  static final class ShowCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Parameters(paramLabel = "ID", description = "Identifier or alias, e.g. h100-sxm5 or H100.")
    String id;

    @Mixin TableJsonFormat format;

    @Override
    public Integer call() {
      Format f = format.get();
      Context ctx = FlopexCommand.context(spec);
      HardwareCatalog catalog = ctx.catalog();
      AcceleratorView view = new AcceleratorView(catalog, catalog.accelerator(id), ctx.today());
      if (f == Format.JSON) {
        ctx.printJson(view.toJson());
      } else {
        view.printTable(ctx.out());
      }
      ctx.out().flush();
      return 0;
    }
  }

  /** {@code flopex catalog compare ID ID...}. */
  @Command(
      name = "compare",
      sortOptions = false,
      description =
          "Compare accelerators side by side: one row per export column, one column per SKU.")
  static final class CompareCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Parameters(
        paramLabel = "ID",
        arity = "2..*",
        description = "Two or more identifiers or aliases.")
    List<String> ids;

    @Mixin TableJsonCsvFormat format;

    @Override
    public Integer call() {
      Format f = format.get();
      Context ctx = FlopexCommand.context(spec);
      HardwareCatalog catalog = ctx.catalog();
      Map<String, Map<String, Object>> records = new LinkedHashMap<>();
      for (String id : ids) {
        Accelerator a = catalog.accelerator(id);
        records.putIfAbsent(a.id(), CatalogExport.record(catalog, a));
      }
      List<String> skus = new ArrayList<>(records.keySet());
      PrintStream out = ctx.out();
      switch (f) {
        case JSON:
          List<Map<String, Object>> rows = new ArrayList<>();
          for (String col : CatalogExport.COLUMNS) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", col);
            for (String sku : skus) {
              row.put(sku, Fmt.jsonValue(records.get(sku).get(col)));
            }
            rows.add(row);
          }
          ctx.printJson(rows);
          break;
        case CSV:
          List<Object> header = new ArrayList<>();
          header.add("field");
          header.addAll(skus);
          Csv.row(out, header);
          for (String col : CatalogExport.COLUMNS) {
            List<Object> row = new ArrayList<>();
            row.add(col);
            for (String sku : skus) {
              row.add(records.get(sku).get(col));
            }
            Csv.row(out, row);
          }
          break;
        default:
          List<String> headers = new ArrayList<>();
          headers.add("FIELD");
          skus.forEach(headers::add);
          Table t = new Table(headers.toArray(new String[0]));
          for (String col : CatalogExport.COLUMNS) {
            List<Object> row = new ArrayList<>();
            row.add(col);
            for (String sku : skus) {
              row.add(records.get(sku).get(col));
            }
            t.add(row.toArray());
          }
          t.print(out, "");
          break;
      }
      out.flush();
      return 0;
    }
  }

  /** {@code flopex catalog export}. */
  @Command(
      name = "export",
      sortOptions = false,
      description =
          "Export every accelerator as flat records (one column per figure) in JSON or CSV, to standard output or a file.")
  static final class ExportCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        required = true,
        description = "json or csv.")
    String format;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description =
            "Write to FILE (replaced atomically; a symbolic link is written "
                + "through) instead of standard output; '-' or /dev/stdout is standard output. Any other device, a FIFO or a directory is refused.")
    String output;

    @Override
    public Integer call() {
      Format f = Format.parse(format, Format.JSON, Format.CSV);
      Context ctx = FlopexCommand.context(spec);
      Path target =
          output == null || OutputFiles.isStandardOutput(output)
              ? null
              : OutputFiles.check("--output", output);
      HardwareCatalog catalog = ctx.catalog();
      if (target == null) {
        Writer w = Context.writer(ctx.out());
        write(f, catalog, w);
        ctx.out().flush();
      } else {
        writeAtomically(target, f, catalog);
      }
      return 0;
    }

    private static void write(Format f, HardwareCatalog catalog, Writer w) {
      if (f == Format.JSON) {
        CatalogExport.writeJson(catalog, w);
      } else {
        CatalogExport.writeCsv(catalog, w);
      }
    }

    /** Writes the export to a string, then atomically to {@code target}. */
    private void writeAtomically(Path target, Format f, HardwareCatalog catalog) {
      java.io.StringWriter w = new java.io.StringWriter();
      write(f, catalog, w);
      OutputFiles.write("--output", output, target, w.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** {@code flopex catalog diff OLD NEW}: renders {@link CatalogDiff#between}. */
  @Command(
      name = "diff",
      sortOptions = false,
      description = {
        "Show what changed between two catalogs: entries and fields added, removed or changed, each with its old and new value, unit, "
            + "source and the file:line it was read from.",
        "OLD and NEW are each 'builtin' (the catalog built into this flopex) or a catalog file (schema flopex-catalog/1), loaded as an "
            + "overlay on the built-in data, so 'diff builtin my.yaml' shows what my.yaml changes; with --without-builtin each file is "
            + "loaded alone."
      })
  static final class DiffCmd implements Callable<Integer> {
    /**
     * The widest value a table cell shows; longer text (notes, titles) is cut with an ellipsis.
     * Full text is in JSON and CSV.
     */
    static final int CELL = 48;

    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Parameters(index = "0", paramLabel = "OLD", description = "'builtin' or a catalog file.")
    String oldArg;

    @Parameters(index = "1", paramLabel = "NEW", description = "'builtin' or a catalog file.")
    String newArg;

    @Option(
        names = "--without-builtin",
        description = "Load each file alone, as a complete catalog, not over the built-in data.")
    boolean withoutBuiltIn;

    @Mixin TableJsonCsvFormat format;

    @Override
    public Integer call() {
      Format f = format.get();
      Context ctx = FlopexCommand.context(spec);
      if (!ctx.overlays().isEmpty()) {
        throw new ValidationException(
            FlopexCommand.CATALOG_OPTION,
            "'" + ctx.overlays().get(0) + "'",
            "must not be given to 'catalog diff' (name the catalogs to compare as OLD and NEW)");
      }
      CatalogDiff diff = CatalogDiff.between(load("OLD", oldArg), load("NEW", newArg));
      PrintStream out = ctx.out();
      switch (f) {
        case JSON:
          Map<String, Object> j = new LinkedHashMap<>();
          j.put("old", catalogJson(diff.oldVersion(), diff.oldAsOf()));
          j.put("new", catalogJson(diff.newVersion(), diff.newAsOf()));
          Map<String, Object> counts = new LinkedHashMap<>();
          diff.counts().forEach((k, v) -> counts.put(k.key(), v));
          j.put("counts", counts);
          List<Map<String, Object>> changes = new ArrayList<>();
          for (CatalogChange c : diff.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", c.kind().key());
            m.put("section", c.section());
            m.put("id", c.id());
            m.put("field", c.field());
            m.put("old", c.before().map(DiffCmd::valueJson).orElse(null));
            m.put("new", c.after().map(DiffCmd::valueJson).orElse(null));
            changes.add(m);
          }
          j.put("changes", changes);
          ctx.printJson(j);
          break;
        case CSV:
          Csv.row(
              out,
              List.of(
                  "change",
                  "section",
                  "id",
                  "field",
                  "old_value",
                  "old_unit",
                  "old_source",
                  "old_file",
                  "old_line",
                  "new_value",
                  "new_unit",
                  "new_source",
                  "new_file",
                  "new_line"));
          for (CatalogChange c : diff.changes()) {
            List<Object> row =
                new ArrayList<>(List.of(c.kind().key(), c.section(), c.id(), c.field()));
            row.addAll(valueCells(c.before()));
            row.addAll(valueCells(c.after()));
            Csv.row(out, row);
          }
          break;
        default:
          out.println(diff.summary());
          if (!diff.isEmpty()) {
            Table t =
                new Table(
                    "CHANGE",
                    "SECTION",
                    "ID",
                    "FIELD",
                    "OLD",
                    "NEW",
                    "OLD SOURCE (FILE:LINE)",
                    "NEW SOURCE (FILE:LINE)");
            for (CatalogChange c : diff.changes()) {
              t.add(
                  c.kind().key(),
                  c.section(),
                  c.id(),
                  c.field().isEmpty() ? "(entry)" : c.field(),
                  c.before().map(v -> cut(v.withUnit())).orElse(Fmt.NONE),
                  c.after().map(v -> cut(v.withUnit())).orElse(Fmt.NONE),
                  c.before().map(DiffCmd::where).orElse(Fmt.NONE),
                  c.after().map(DiffCmd::where).orElse(Fmt.NONE));
            }
            t.print(out, "");
          }
          break;
      }
      out.flush();
      return 0;
    }

    /**
     * Loads one side: the built-in catalog, or a file over it (or alone); a name that is neither
     * says what was meant.
     */
    private HardwareCatalog load(String label, String arg) {
      if (arg.equalsIgnoreCase(BUILTIN)) {
        return HardwareCatalog.builtIn();
      }
      Path p = Context.path(label, arg);
      if (!Files.exists(p)) {
        throw new ValidationException(
            label,
            "'" + arg + "'",
            "must be '" + BUILTIN + "' or an existing catalog file" + didYouMean(arg, p));
      }
      CatalogLoader loader =
          withoutBuiltIn
              ? HardwareCatalog.loader().withoutBuiltIn()
              : HardwareCatalog.loader().withBuiltIn();
      return loader.overlay(p).load();
    }

    static final String BUILTIN = "builtin";

    /** Suggests 'builtin' or a YAML file beside the one named, as the user would type it. */
    private static String didYouMean(String arg, Path p) {
      Path name = p.getFileName();
      if (name == null) {
        return "";
      }
      Path dir = p.getParent();
      Map<String, String> candidates = new LinkedHashMap<>();
      candidates.put(Suggestions.normalise(BUILTIN), BUILTIN);
      try (java.util.stream.Stream<Path> files = Files.list(dir == null ? Path.of(".") : dir)) {
        files
            .limit(10_000)
            .map(Path::getFileName)
            .filter(java.util.Objects::nonNull)
            .map(Path::toString)
            .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
            .sorted()
            .forEach(
                n ->
                    candidates.putIfAbsent(
                        Suggestions.normalise(n), dir == null ? n : dir.resolve(n).toString()));
      } catch (java.io.IOException | RuntimeException e) {
        // an unreadable or missing directory only means no file suggestions
      }
      List<String> s = Suggestions.closest(name.toString(), candidates);
      return s.isEmpty() ? "" : "; did you mean " + String.join(", ", s) + "?";
    }

    private static String cut(String s) {
      return s.length() <= CELL ? s : s.substring(0, CELL - 1) + "\u2026";
    }

    private static String where(CatalogValue v) {
      return v.source().map(s -> cut(s) + " (" + v.where() + ")").orElse("(" + v.where() + ")");
    }

    private static Map<String, Object> catalogJson(
        String version, Optional<java.time.LocalDate> asOf) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("version", version);
      m.put("as_of", asOf.map(Object::toString).orElse(null));
      return m;
    }

    private static Map<String, Object> valueJson(CatalogValue v) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("value", v.value());
      m.put("unit", v.unit().orElse(null));
      m.put("source", v.source().orElse(null));
      m.put("file", v.file());
      m.put("line", v.line() > 0 ? v.line() : null);
      return m;
    }

    private static List<Object> valueCells(Optional<CatalogValue> v) {
      List<Object> cells = new ArrayList<>();
      cells.add(v.map(CatalogValue::value).orElse(null));
      cells.add(v.flatMap(CatalogValue::unit).orElse(null));
      cells.add(v.flatMap(CatalogValue::source).orElse(null));
      cells.add(v.map(CatalogValue::file).orElse(null));
      cells.add(v.map(x -> x.line() > 0 ? (Object) x.line() : null).orElse(null));
      return cells;
    }
  }

  /** {@code flopex catalog instances [NAME]}. */
  @Command(
      name = "instances",
      sortOptions = false,
      description =
          "List the cloud instances the catalog knows (AWS, Azure, Google Cloud, OCI): the accelerator each carries, how many, "
              + "and its latest price per instance-hour. With NAME, resolve one name, including Google TPU types such as v5p-128.")
  static final class InstancesCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Parameters(
        paramLabel = "NAME",
        arity = "0..1",
        description = "An instance name, e.g. p5.48xlarge, Standard_ND96isr_MI300X_v5 or v5p-128.")
    String name;

    @Option(
        names = "--provider",
        paramLabel = "P",
        description = "Only this provider (ignoring case): aws, azure, gcp or oci.")
    String provider;

    @Mixin TableJsonCsvFormat format;

    @Override
    public Integer call() {
      Format f = format.get();
      Context ctx = FlopexCommand.context(spec);
      HardwareCatalog catalog = ctx.catalog();
      List<CloudInstance> list = new ArrayList<>();
      if (name != null) {
        list.add(catalog.cloudInstance(name));
      } else {
        TreeSet<String> providers = new TreeSet<>();
        for (CloudInstance i : catalog.cloudInstances()) {
          providers.add(i.provider());
          if (provider == null || i.provider().equalsIgnoreCase(provider.strip())) {
            list.add(i);
          }
        }
        if (list.isEmpty() && provider != null) {
          ctx.err()
              .println(
                  "flopex: no cloud instance has provider '"
                      + provider
                      + "'; providers are "
                      + String.join(", ", providers));
        }
      }
      PrintStream out = ctx.out();
      switch (f) {
        case JSON:
          List<Map<String, Object>> rows = new ArrayList<>();
          for (CloudInstance i : list) {
            rows.add(record(i));
          }
          ctx.printJson(rows);
          break;
        case CSV:
          Csv.row(out, new ArrayList<>(record(null).keySet()));
          for (CloudInstance i : list) {
            Csv.row(out, new ArrayList<>(record(i).values()));
          }
          break;
        default:
          Table t =
              new Table(
                      "PROVIDER",
                      "NAME",
                      "ACCELERATOR",
                      "COUNT",
                      "USD PER INSTANCE-HOUR (BASIS, REGION, AS OF)",
                      "SOURCE")
                  .right(3);
          for (CloudInstance i : list) {
            Optional<PricePoint> p = latest(i);
            t.add(
                i.provider(),
                i.name(),
                i.accelerator().id(),
                i.acceleratorCount().map(c -> Fmt.num(c)).orElse(Fmt.NONE),
                p.map(
                        x ->
                            Fmt.num(x.price().amount())
                                + " ("
                                + x.basis().key()
                                + ", "
                                + x.region()
                                + ", "
                                + x.asOf()
                                + ")")
                    .orElse(Fmt.NONE),
                i.provenance().source().id()
                    + " ("
                    + i.provenance().confidence().name().toLowerCase(java.util.Locale.ROOT)
                    + ")");
          }
          t.print(out, "");
          break;
      }
      out.flush();
      return 0;
    }

    /**
     * The latest price (prices are oldest first), on-demand preferred over reserved at the same
     * date.
     */
    private static Optional<PricePoint> latest(CloudInstance i) {
      PricePoint best = null;
      for (PricePoint p : i.prices()) {
        if (best == null
            || p.asOf().compareTo(best.asOf()) > 0
            || (p.asOf().equals(best.asOf())
                && p.basis() == dev.flopex.catalog.PriceBasis.CLOUD_ON_DEMAND)) {
          best = p;
        }
      }
      return Optional.ofNullable(best);
    }

    /** The row for JSON and CSV; with {@code i == null}, only its keys matter. */
    private static Map<String, Object> record(CloudInstance i) {
      Map<String, Object> r = new LinkedHashMap<>();
      Optional<PricePoint> p = i == null ? Optional.empty() : latest(i);
      r.put("provider", i == null ? null : i.provider());
      r.put("name", i == null ? null : i.name());
      r.put("accelerator", i == null ? null : i.accelerator().id());
      r.put("count", i == null ? null : i.acceleratorCount().orElse(null));
      r.put("price_usd_per_instance_hour", p.map(x -> Fmt.json(x.price().amount())).orElse(null));
      r.put("price_basis", p.map(x -> x.basis().key()).orElse(null));
      r.put("price_region", p.map(PricePoint::region).orElse(null));
      r.put("price_as_of", p.map(x -> x.asOf().toString()).orElse(null));
      r.put("source", i == null ? null : i.provenance().source().id());
      r.put(
          "confidence",
          i == null ? null : i.provenance().confidence().name().toLowerCase(java.util.Locale.ROOT));
      return r;
    }
  }
}
