package dev.flopex.cli;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.exportcontrol.Decision;
import dev.flopex.catalog.exportcontrol.ExportControls;
import dev.flopex.catalog.exportcontrol.ExportMetrics;
import dev.flopex.catalog.exportcontrol.Rule;
import dev.flopex.catalog.exportcontrol.ThresholdTest;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.report.internal.Fmt;
import dev.flopex.report.internal.Table;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flopex export-control}: classify accelerators under the encoded US rules. */
@Command(
    name = "export-control",
    description =
        "Classify accelerators under US export-control rules (ECCN 3A090 and related measures); an analytical model of public rule texts, not legal advice.",
    subcommands = {ExportControlCommand.ClassifyCmd.class, ExportControlCommand.RulesCmd.class})
final class ExportControlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Missing required subcommand: classify or rules");
  }

  /** {@code flopex export-control classify ID}. */
  @Command(
      name = "classify",
      sortOptions = false,
      description =
          "Classify one accelerator: outcome, ECCN, licence requirement and policy, with the metrics' derivation and each threshold tested (value, result, and whether the outcome rests on it).")
  static final class ClassifyCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Parameters(paramLabel = "ID", description = "Identifier or alias, e.g. h800-sxm5 or H20.")
    String id;

    @Option(
        names = "--rule",
        paramLabel = "R",
        description =
            "A rule id (see 'flopex export-control rules'), or 'all' for every rule. Default: the rule in force on --as-of.")
    String rule;

    @Option(
        names = "--as-of",
        paramLabel = "YYYY-MM-DD",
        description = "Use the rule in force on this day (default: today).")
    String asOf;

    @Mixin TableJsonFormat format;

    @Override
    public Integer call() {
      Format f = format.get();
      Context ctx = FlopexCommand.context(spec);
      LocalDate date = asOf == null ? ctx.today() : parseDate(asOf);
      if (rule != null && asOf != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--as-of and --rule cannot be combined: --as-of picks the rule in force on that day");
      }
      HardwareCatalog catalog = ctx.catalog();
      Accelerator a = catalog.accelerator(id);
      ExportControls ec = catalog.exportControls();
      List<Decision> decisions = new ArrayList<>();
      if (rule == null) {
        decisions.add(ec.classify(a, date));
      } else if (rule.strip().equalsIgnoreCase("all")) {
        decisions.addAll(ec.classifyAll(a));
      } else {
        decisions.add(ec.classify(a, rule.strip()));
      }
      if (decisions.isEmpty()) {
        throw new ValidationException(
            "--rule", "'" + rule + "'", "must name a rule, but the catalog has none");
      }
      ExportMetrics metrics = decisions.get(0).metrics();
      if (f == Format.JSON) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("accelerator", a.id());
        j.put("name", a.name());
        j.put("as_of", rule == null ? date.toString() : null);
        j.put("metrics", AcceleratorView.metricsJson(metrics));
        List<Map<String, Object>> ds = new ArrayList<>();
        for (Decision d : decisions) {
          ds.add(AcceleratorView.decisionJson(d));
        }
        j.put("decisions", ds);
        j.put("catalog_version", catalog.version());
        j.put("catalog_as_of", catalog.asOf().map(Object::toString).orElse(null));
        ctx.printJson(j);
        return 0;
      }
      PrintStream out = ctx.out();
      out.println(a.id() + "  " + a.name());
      out.println("metrics:");
      for (String line : metrics.derivation()) {
        out.println("  " + line);
      }
      for (Decision d : decisions) {
        Rule r = d.rule();
        out.println();
        String when =
            r.effectiveFrom() + " to " + r.effectiveUntil().map(LocalDate::toString).orElse("now");
        out.println(
            (rule == null ? "rule in force on " + date + ": " : "rule ")
                + r.id()
                + " ("
                + when
                + ")");
        out.println("  " + r.title());
        Table t = new Table();
        t.add("outcome", Fmt.words(d.outcome()));
        t.add("ECCN", d.eccn().orElse(Fmt.NONE));
        t.add("licence required", AcceleratorView.licence(d));
        t.add(
            "licence policy",
            d.classification().map(c -> Fmt.oneLine(c.licencePolicyText())).orElse(Fmt.NONE));
        t.add("US export fee", AcceleratorView.fee(d));
        t.print(out, "  ");
        out.println("  tests, in evaluation order (DECIDED: the outcome rests on the test):");
        Table tests =
            new Table("#", "CLASSIFICATION", "TEST", "VALUE", "RESULT", "DECIDED").right(0);
        for (ThresholdTest x : d.tests()) {
          tests.add(
              x.classificationIndex() + 1,
              x.classification(),
              withUnit(x.describe(), x),
              withUnit(x.valueText(), x),
              x.outcomeText(),
              x.decided() ? "yes" : "no");
        }
        tests.print(out, "    ");
        out.println("  => " + Fmt.oneLine(d.verdict()));
      }
      out.println();
      out.println("An analytical model of public rule texts, not legal advice.");
      out.flush();
      return 0;
    }

    /** Appends the metric's unit to a number (not to "unknown" or a product id). */
    private static String withUnit(String text, ThresholdTest x) {
      return x.unit().isEmpty()
              || text.equals("unknown")
              || x.operator() == dev.flopex.catalog.exportcontrol.Operator.IN
          ? text
          : text + " " + x.unit();
    }

    private static LocalDate parseDate(String text) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new ValidationException(
            "--as-of", "'" + text + "'", "must be a real date YYYY-MM-DD", e);
      }
    }
  }

  /** {@code flopex export-control rules}. */
  @Command(
      name = "rules",
      sortOptions = false,
      description = "List the encoded rules, oldest first.")
  static final class RulesCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Mixin TableJsonFormat format;

    @Override
    public Integer call() {
      Format f = format.get();
      Context ctx = FlopexCommand.context(spec);
      List<Rule> rules = ctx.catalog().exportControls().rules();
      if (f == Format.JSON) {
        List<Map<String, Object>> j = new ArrayList<>();
        for (Rule r : rules) {
          j.add(AcceleratorView.ruleJson(r));
        }
        ctx.printJson(j);
        return 0;
      }
      Table t = new Table("ID", "FROM", "UNTIL", "TITLE");
      for (Rule r : rules) {
        t.add(
            r.id(),
            r.effectiveFrom(),
            r.effectiveUntil().map(LocalDate::toString).orElse(Fmt.NONE),
            r.title());
      }
      t.print(ctx.out(), "");
      ctx.out().flush();
      return 0;
    }
  }
}
