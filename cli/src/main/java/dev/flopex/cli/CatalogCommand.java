package dev.flopex.cli;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.AcceleratorFilters;
import dev.flopex.catalog.CatalogExport;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.PricePoint;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
      CatalogCommand.ExportCmd.class
    })
final class CatalogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand: list, show, compare or export");
  }

  /** {@code flopex catalog list}. */
  @Command(
      name = "list",
      sortOptions = false,
      description = "List the accelerators: memory, BF16 and FP8 dense peaks, TDP and the latest new-purchase price (list, street, negotiated or estimate; used and rental prices are in 'catalog show').")
  static final class ListCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Option(names = "--vendor", paramLabel = "V", description = "Only this vendor (ignoring case), e.g. NVIDIA.")
    String vendor;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
      Format f = Format.parse(format, Format.TABLE, Format.JSON, Format.CSV);
      Context ctx = FlopexCommand.context(spec);
      HardwareCatalog catalog = ctx.catalog();
      List<Accelerator> list = vendor == null ? catalog.accelerators() : catalog.accelerators(AcceleratorFilters.vendor(vendor));
      if (list.isEmpty() && vendor != null) {
        TreeSet<String> vendors = new TreeSet<>();
        catalog.accelerators().forEach(a -> vendors.add(a.vendor()));
        ctx.err().println("flopex: no accelerator has vendor '" + vendor + "'; vendors are " + String.join(", ", vendors));
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
          Table t = new Table("ID", "VENDOR", "NAME", "MEMORY", "BF16 TFLOP/S", "FP8 TFLOP/S", "TDP W", "NEW PRICE USD (AS OF)")
              .right(4, 5, 6, 7);
          for (Accelerator a : list) {
            Optional<PricePoint> p = a.latestNewPrice();
            t.add(a.id(), a.vendor(), a.name(), Fmt.q(a.memory().capacity().value()),
                a.dense(Precision.BF16).map(q -> Fmt.num(q.in(Precision.BF16.displayUnit()))).orElse(Fmt.NONE),
                a.dense(Precision.FP8).map(q -> Fmt.num(q.in(Precision.FP8.displayUnit()))).orElse(Fmt.NONE),
                a.tdp().map(q -> Fmt.num(q.value().in(PowerUnit.WATTS))).orElse(Fmt.NONE),
                p.map(x -> Fmt.num(x.price().amount()) + " (" + x.asOf() + ")").orElse(Fmt.NONE));
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
      Optional<PricePoint> p = a == null ? Optional.empty() : a.latestNewPrice();
      r.put("id", a == null ? null : a.id());
      r.put("vendor", a == null ? null : a.vendor());
      r.put("name", a == null ? null : a.name());
      r.put("memory", a == null ? null : Fmt.q(a.memory().capacity().value()));
      r.put("memory_capacity_gb", a == null ? null : Fmt.json(a.memory().capacity().value().in(DataSizeUnit.GIGABYTES)));
      r.put("bf16_dense_tflops", a == null ? null : a.dense(Precision.BF16).map(q -> Fmt.json(q.in(Precision.BF16.displayUnit()))).orElse(null));
      r.put("fp8_dense_tflops", a == null ? null : a.dense(Precision.FP8).map(q -> Fmt.json(q.in(Precision.FP8.displayUnit()))).orElse(null));
      r.put("tdp_w", a == null ? null : a.tdp().map(q -> Fmt.json(q.value().in(PowerUnit.WATTS))).orElse(null));
      r.put("price_usd", p.map(x -> Fmt.json(x.price().amount())).orElse(null));
      r.put("price_basis", p.map(x -> x.basis().key()).orElse(null));
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
      description = "Show everything about one accelerator: every figure with its unit, source and confidence; prices; measurements; export-control metrics.")
  static final class ShowCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Parameters(paramLabel = "ID", description = "Identifier or alias, e.g. h100-sxm5 or H100.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
      Format f = Format.parse(format, Format.TABLE, Format.JSON);
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
      description = "Compare accelerators side by side: one row per export column, one column per SKU.")
  static final class CompareCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Parameters(paramLabel = "ID", arity = "2..*", description = "Two or more identifiers or aliases.")
    List<String> ids;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
      Format f = Format.parse(format, Format.TABLE, Format.JSON, Format.CSV);
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
      description = "Export every accelerator as flat records (one column per figure) in JSON or CSV, to standard output or a file.")
  static final class ExportCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "json or csv.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (replaced atomically; a symbolic link is written "
        + "through) instead of standard output; '-' or /dev/stdout is standard output. Any other device, a FIFO or a directory is refused.")
    String output;

    @Override
    public Integer call() {
      Format f = Format.parse(format, Format.JSON, Format.CSV);
      Context ctx = FlopexCommand.context(spec);
      Path target = output == null || OutputFiles.isStandardOutput(output) ? null : OutputFiles.check("--output", output);
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
}
