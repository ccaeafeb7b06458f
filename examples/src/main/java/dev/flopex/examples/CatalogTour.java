package dev.flopex.examples;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Measurement;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.exportcontrol.Decision;
import dev.flopex.catalog.exportcontrol.ExportControls;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How an application embeds the flopex catalog: look SKUs up by alias, read typed figures with
 * their units and provenance, set the datasheet beside a measurement, and classify chips under US
 * export rules as of a date.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am install -DskipTests && java -cp ...
 * dev.flopex.examples.CatalogTour}
 */
public final class CatalogTour {
  private CatalogTour() {}

  /**
   * Prints the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the tour to {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    HardwareCatalog catalog = HardwareCatalog.builtIn();
    out.println(
        "flopex catalog "
            + catalog.version()
            + ": "
            + catalog.accelerators().size()
            + " accelerators");

    // 1. Typed figures: dense vs sparse are separate, memory keeps the vendor's unit (GiB).
    for (String name : List.of("H100", "H200", "B200", "MI300X")) {
      Accelerator a = catalog.accelerator(name);
      double bf16 = a.dense(Precision.BF16).orElseThrow().in(ComputeRateUnit.TERAFLOP_PER_SECOND);
      out.printf(
          Locale.ROOT,
          "%-28s BF16 dense %7.1f TFLOP/s, memory %s (= %.1f GB), source: %s%n",
          a.name(),
          bf16,
          a.memory().capacity().value(),
          a.memory().capacity().value().in(DataSizeUnit.GIGABYTES),
          a.memory().capacity().provenance().source().title());
    }

    // 2. Datasheet vs measured: what one H200 sustained at its 700 W limit.
    Accelerator h200 = catalog.accelerator("h200-sxm");
    for (Measurement m : h200.measurements()) {
      if (m.precision().isPresent() && m.sustained().isPresent()) {
        Precision p = m.precision().get();
        h200.dense(p)
            .ifPresent(
                peak ->
                    out.printf(
                        Locale.ROOT,
                        "H200 %-12s datasheet %7.1f, sustained %7.1f %s (%.0f%%)%n",
                        p.key(),
                        peak.in(p.displayUnit()),
                        m.sustained().get().in(p.displayUnit()),
                        p.displayUnit().symbol(),
                        100 * m.sustained().get().ratio(peak)));
      }
    }

    // 3. Export controls as of a date: why the H800 was sold to China in 2023 but not in 2024.
    ExportControls ec = catalog.exportControls();
    for (LocalDate date : List.of(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1))) {
      Decision d = ec.classify(catalog.accelerator("H800"), date);
      out.println(
          "H800 on "
              + date
              + " under "
              + d.rule().id()
              + ": "
              + d.outcome()
              + d.eccn().map(e -> " (" + e + ")").orElse(""));
      out.println("  => " + d.verdict());
      // the tests the outcome rests on (a threshold met in a branch that failed anyway is not among
      // them)
      d.decidingTests()
          .forEach(t -> out.println("     decided by " + t.classification() + ": " + t.text()));
    }
  }
}
