package dev.flopex.spark;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.Suggestions;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.Cluster;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.CostEngine;
import dev.flopex.costing.files.FleetFiles;
import dev.flopex.costing.files.FleetSpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sweep ships to the executors (in one broadcast): the bases' fleet file texts, the input
 * paths, and the grid's axis values or the parsed scenario table. Row {@code i} is generated from
 * its index on the executor ({@link SweepEvaluator}); the driver only checks ({@link #check()}).
 */
final class SweepPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String BASE_COLUMN = "base";

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  final String[] baseNames;
  final String[] baseYaml;
  final String[] paths;
  final boolean grid;

  /** Grid: the values of each axis, {@code [axis][index]}. Empty for scenarios. */
  final double[][] axes;

  /** Scenarios: the values, {@code [scenario][path]}. Empty for a grid. */
  final double[][] scenarios;

  /** Scenarios: each row's base, or empty when every scenario runs on every base. */
  final int[] scenarioBase;

  /** Scenarios: each row's 1-based line in the file (for messages). */
  final int[] scenarioLine;

  final String fileName;

  /** Scenarios: the header's 1-based line. */
  final int headerLine;

  final long rows;

  private SweepPlan(
      List<SweepBase> bases,
      String[] paths,
      boolean grid,
      double[][] axes,
      double[][] scenarios,
      int[] scenarioBase,
      int[] scenarioLine,
      String fileName,
      int headerLine,
      long rows) {
    this.baseNames = bases.stream().map(SweepBase::name).toArray(String[]::new);
    this.baseYaml = bases.stream().map(SweepBase::fleetYaml).toArray(String[]::new);
    this.paths = paths;
    this.grid = grid;
    this.axes = axes;
    this.scenarios = scenarios;
    this.scenarioBase = scenarioBase;
    this.scenarioLine = scenarioLine;
    this.fileName = fileName;
    this.headerLine = headerLine;
    this.rows = rows;
  }

  static SweepPlan of(SweepGrid g) {
    String[] paths = g.axes().stream().map(SweepAxis::path).toArray(String[]::new);
    double[][] axes = new double[paths.length][];
    for (int j = 0; j < paths.length; j++) {
      axes[j] = g.axes().get(j).values().stream().mapToDouble(Double::doubleValue).toArray();
    }
    return new SweepPlan(
        g.bases(), paths, true, axes, new double[0][], new int[0], new int[0], "", 0, g.rows());
  }

  /** Parses the scenario file (the values are checked against the kernel by {@link #check()}). */
  static SweepPlan of(SweepScenarios s) {
    String file = s.fileName();
    String[] lines = s.csv().split("\r?\n", -1);
    int header = -1;
    for (int n = 0; n < lines.length; n++) {
      if (!skipped(lines[n])) {
        header = n;
        break;
      }
    }
    if (header < 0) {
      throw fileError(file, 0, "header", null, "must list the input paths, one column each");
    }
    List<String> columns = fields(lines[header]);
    int baseColumn = -1;
    List<String> paths = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int c = 0; c < columns.size(); c++) {
      String name = columns.get(c);
      if (name.isEmpty()) {
        throw fileError(file, header + 1, "column " + (c + 1), "''", "must name an input path");
      }
      if (!seen.add(name)) {
        throw fileError(
            file, header + 1, "column " + (c + 1), "'" + name + "'", "must not repeat a column");
      }
      if (name.equals(BASE_COLUMN)) {
        baseColumn = c;
      } else {
        paths.add(name);
      }
    }
    if (paths.isEmpty()) {
      throw fileError(
          file, header + 1, "header", lines[header], "must name at least one input path");
    }
    Map<String, Integer> baseIndex = new LinkedHashMap<>();
    for (int b = 0; b < s.bases().size(); b++) {
      baseIndex.put(s.bases().get(b).name(), b);
    }
    List<double[]> values = new ArrayList<>();
    List<Integer> bases = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    for (int n = header + 1; n < lines.length; n++) {
      if (skipped(lines[n])) {
        continue;
      }
      int line = n + 1;
      List<String> f = fields(lines[n]);
      if (f.size() != columns.size()) {
        throw fileError(
            file,
            line,
            "row",
            f.size() + " fields",
            "must have one field per column (" + columns.size() + ")");
      }
      if (values.size() == SweepScenarios.MAX_SCENARIOS) {
        throw fileError(
            file,
            line,
            "scenarios",
            "more than " + SweepScenarios.MAX_SCENARIOS,
            "must be at most " + SweepScenarios.MAX_SCENARIOS + " rows (split the file)");
      }
      double[] row = new double[paths.size()];
      int j = 0;
      for (int c = 0; c < f.size(); c++) {
        String text = f.get(c);
        if (c == baseColumn) {
          Integer b = baseIndex.get(text);
          if (b == null) {
            throw fileError(
                file,
                line,
                BASE_COLUMN,
                "'" + text + "'",
                Suggestions.oneOf(text, baseIndex.keySet()));
          }
          bases.add(b);
          continue;
        }
        row[j] = number(file, line, columns.get(c), text);
        j++;
      }
      values.add(row);
      lineNumbers.add(line);
    }
    if (values.isEmpty()) {
      throw fileError(
          file, header + 1, "scenarios", "none", "must have at least one row after the header");
    }
    long rows = baseColumn >= 0 ? values.size() : (long) values.size() * s.bases().size();
    return new SweepPlan(
        s.bases(),
        paths.toArray(String[]::new),
        false,
        new double[0][],
        values.toArray(double[][]::new),
        bases.stream().mapToInt(Integer::intValue).toArray(),
        lineNumbers.stream().mapToInt(Integer::intValue).toArray(),
        file,
        header + 1,
        rows);
  }

  private static DataFileException fileError(
      String file,
      int line,
      String field,
      @org.jspecify.annotations.Nullable String value,
      String rule) {
    return new DataFileException(file, line, field, value, rule, null);
  }

  private static boolean skipped(String line) {
    String t = line.strip();
    return t.isEmpty() || t.startsWith("#");
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    for (String f : line.split(",", -1)) {
      String t = f.strip();
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
        t = t.substring(1, t.length() - 1).strip();
      }
      out.add(t);
    }
    return out;
  }

  private static double number(String file, int line, String path, String text) {
    if (text.isEmpty()) {
      throw new DataFileException(file, line, path, null, "must be a number", null);
    }
    if (!DECIMAL.matcher(text).matches()) {
      throw new DataFileException(
          file,
          line,
          path,
          "'" + text + "'",
          "must be a decimal number (e.g. 0.08 or 2.5e5)",
          null);
    }
    double v = Double.parseDouble(text);
    if (!Double.isFinite(v)) {
      throw new DataFileException(file, line, path, "'" + text + "'", "must be finite", null);
    }
    return v;
  }

  /** The number of rows per base in a grid: the product of the axes' sizes. */
  long perBase() {
    long n = 1;
    for (double[] a : axes) {
      n *= a.length;
    }
    return n;
  }

  /** Reads and compiles base {@code b} against the built-in catalog. */
  static Compiled compile(String name, String yaml) {
    FleetSpec spec = FleetFiles.read(name, yaml, HardwareCatalog.builtIn());
    CompiledFleet k = CostEngine.create().compile(spec.fleet(), spec.terms());
    List<String> clusters = spec.fleet().clusters().stream().map(Cluster::name).toList();
    return new Compiled(k, clusters);
  }

  /** A compiled base and its clusters' names. */
  static final class Compiled {
    final CompiledFleet kernel;
    final List<String> clusters;

    Compiled(CompiledFleet kernel, List<String> clusters) {
      this.kernel = kernel;
      this.clusters = clusters;
    }

    /** The paths a user may write: each input, with and without its cluster prefix. */
    Set<String> knownPaths() {
      Set<String> known = new LinkedHashSet<>();
      for (String in : kernel.inputs()) {
        for (String c : clusters) {
          String prefix = "clusters." + c + ".";
          if (in.startsWith(prefix)) {
            known.add(in.substring(prefix.length()));
          }
        }
      }
      known.addAll(kernel.inputs());
      return known;
    }
  }

  /**
   * Checks everything an executor could refuse, on the driver, before any job starts: every base
   * reads and compiles; every path names an input of every base (with a did-you-mean); no two paths
   * address the same input; every value is accepted by the kernel at the base's own other inputs
   * (each grid value; each distinct value of a scenario column, reported at the first line it
   * appears on).
   *
   * @throws ValidationException (a {@link DataFileException} for a scenario file) naming the path,
   *     the value and, for a scenario, the line
   */
  void check() {
    for (int b = 0; b < baseNames.length; b++) {
      Compiled c = compile(baseNames[b], baseYaml[b]);
      CompiledFleet k = c.kernel;
      int[][] slots = new int[paths.length][];
      BitSet used = new BitSet();
      for (int j = 0; j < paths.length; j++) {
        try {
          slots[j] = k.slots(paths[j]);
        } catch (ValidationException e) {
          throw unknownPath(j, b, c, e);
        }
        for (int s : slots[j]) {
          if (used.get(s)) {
            throw pathError(
                j,
                "'" + paths[j] + "'",
                "must not address an input of base fleet '"
                    + baseNames[b]
                    + "' that an earlier "
                    + (grid ? "axis" : "column")
                    + " also sets ("
                    + k.inputs().get(s)
                    + ")",
                null);
          }
          used.set(s);
        }
      }
      CompiledFleet.Evaluation e = k.newEvaluation();
      double[] p = k.defaults();
      k.evaluate(p, e); // the base itself (FleetFiles.read has costed each cluster already)
      if (grid) {
        for (int j = 0; j < paths.length; j++) {
          for (int i = 0; i < axes[j].length; i++) {
            String why = refused(k, e, slots[j], axes[j][i]);
            if (why != null) {
              throw new ValidationException(
                  "sweep axis " + paths[j] + " values[" + i + "]",
                  Double.toString(axes[j][i]),
                  "must be accepted by the kernel of base fleet '"
                      + baseNames[b]
                      + "' ("
                      + why
                      + ")");
            }
          }
        }
      } else {
        for (int j = 0; j < paths.length; j++) {
          Map<Double, Boolean> checked = new HashMap<>();
          for (int r = 0; r < scenarios.length; r++) {
            if (scenarioBase.length > 0 && scenarioBase[r] != b) {
              continue;
            }
            double v = scenarios[r][j];
            if (checked.putIfAbsent(v, Boolean.TRUE) != null) {
              continue;
            }
            String why = refused(k, e, slots[j], v);
            if (why != null) {
              throw new DataFileException(
                  fileName,
                  scenarioLine[r],
                  paths[j],
                  Double.toString(v),
                  "must be accepted by the kernel of base fleet '"
                      + baseNames[b]
                      + "' ("
                      + why
                      + ")",
                  null);
            }
          }
        }
      }
    }
  }

  /** Evaluates the base with {@code v} in {@code slots}; returns the kernel's refusal, or null. */
  private static @org.jspecify.annotations.Nullable String refused(
      CompiledFleet k, CompiledFleet.Evaluation e, int[] slots, double v) {
    double[] p = k.defaults();
    for (int s : slots) {
      p[s] = v;
    }
    try {
      k.evaluate(p, e);
      return null;
    } catch (ValidationException ex) {
      return ex.getMessage();
    }
  }

  private ValidationException unknownPath(int j, int b, Compiled c, ValidationException cause) {
    String rule =
        "must name an input of base fleet '"
            + baseNames[b]
            + "' (terms.*, assumptions.<key>, prices.<part id>, servers, or"
            + " clusters.<name>.<path>)"
            + Suggestions.didYouMean(paths[j], c.knownPaths());
    return pathError(j, "'" + paths[j] + "'", rule, cause);
  }

  private ValidationException pathError(
      int j, String value, String rule, @org.jspecify.annotations.Nullable Throwable cause) {
    if (grid) {
      return new ValidationException("sweep axis " + (j + 1) + " path", value, rule, cause);
    }
    return new DataFileException(fileName, headerLine, "column", value, rule, cause);
  }
}
