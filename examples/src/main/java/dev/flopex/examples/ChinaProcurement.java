package dev.flopex.examples;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.PriceQuote;
import dev.flopex.catalog.exportcontrol.Decision;
import dev.flopex.catalog.exportcontrol.ExportControls;
import dev.flopex.catalog.exportcontrol.FeeInclusivePrice;
import dev.flopex.catalog.exportcontrol.LicenceRequirement;
import dev.flopex.catalog.exportcontrol.MarketAccessEvent;
import dev.flopex.catalog.exportcontrol.PassThrough;
import dev.flopex.catalog.exportcontrol.Rule;
import dev.flopex.core.units.ComputeRateUnit;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Export-control-aware procurement: for each encoded US rule, which catalog accelerators a buyer in
 * China could buy without a licence, and which of those gives the most dense BF16 (and FP8) TFLOP/s
 * per USD 1,000 at the price known on that date.
 *
 * <p>Chips that need a licence whose classification carries a US export fee (the reported 15% H20
 * revenue share from August 2025, the 25% Section 232 duty on H200-band chips from January 2026)
 * are priced as the buyer would pay if a licence were granted: the catalog price plus the fee,
 * under the stated assumption {@link #PASS_THROUGH} that the vendor passes it on in full (the
 * library computes the price and names its basis: {@link Decision#feeInclusivePrice}). China's own
 * import-side measures in force on the date (the market-access layer) are listed next to them.
 *
 * <p>An analytical model of public rule texts, not legal advice: "allowed" means no licence
 * requirement under the encoded chip thresholds only, and ignores end-use and end-user rules and
 * entity listings. Chips that are not sold as chips by US vendors (Google TPUs and AWS Trainium are
 * cloud-only; Huawei Ascend is domestic) are listed separately; nothing is claimed about Chinese
 * rules.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am install -DskipTests && java -cp ...
 * dev.flopex.examples.ChinaProcurement}
 */
public final class ChinaProcurement {
  private ChinaProcurement() {}

  /** Vendors whose chips the US rules are evaluated for here. */
  static final Set<String> US_CHIP_VENDORS = Set.of("NVIDIA", "AMD", "Intel");

  /**
   * How much of a US export fee the buyer bears: in full. An assumption, not a fact: no source read
   * says how NVIDIA or AMD price the fee into Chinese contracts, so it is of low confidence and an
   * upper bound.
   */
  static final PassThrough PASS_THROUGH = PassThrough.full();

  /** The disclaimer printed first. */
  static final String DISCLAIMER =
      "This is an analytical model of public rule texts, not legal advice. \"Allowed\" means no licence"
          + " requirement under the encoded chip thresholds only; it ignores end-use/end-user rules and"
          + " entity listings.";

  /**
   * One SKU allowed under a rule, with its price on the date and its dense rates per USD 1,000.
   *
   * @param accelerator the SKU
   * @param price the new-purchase price on the date, read off the catalog's timeline from prices
   *     dated on or before it (never a used or rental price, never a price first quoted later)
   * @param bf16PerKusd dense BF16 TFLOP/s per USD 1,000, if BF16 is known
   * @param fp8PerKusd dense FP8 TFLOP/s per USD 1,000, if FP8 is known
   */
  record Priced(
      Accelerator accelerator,
      PriceQuote price,
      Optional<Double> bf16PerKusd,
      Optional<Double> fp8PerKusd) {}

  /**
   * A SKU that needs a licence whose classification carries a US export fee, priced as the buyer
   * would pay if the licence were granted.
   *
   * @param accelerator the SKU
   * @param quote the catalog's new-purchase price on the date (without the fee)
   * @param withFee the price with the fee under {@link #PASS_THROUGH}, and its basis
   * @param bf16PerKusd dense BF16 TFLOP/s per USD 1,000 at the fee-inclusive price, if BF16 is
   *     known
   * @param fp8PerKusd dense FP8 TFLOP/s per USD 1,000 at the fee-inclusive price, if FP8 is known
   */
  record FeePriced(
      Accelerator accelerator,
      PriceQuote quote,
      FeeInclusivePrice withFee,
      Optional<Double> bf16PerKusd,
      Optional<Double> fp8PerKusd) {}

  /**
   * What one rule allows on one date.
   *
   * @param rule the rule
   * @param date the date inside the rule's window
   * @param allowed ids of US-vendor SKUs that are NOT_CONTROLLED with no licence required
   * @param licensed ids of US-vendor SKUs that need a licence
   * @param unknown ids of US-vendor SKUs whose outcome is INDETERMINATE (excluded)
   * @param priced the allowed SKUs with a USD price on or before the date
   * @param bestBf16 the allowed SKU with the most dense BF16 TFLOP/s per USD 1,000
   * @param bestFp8 the allowed SKU with the most dense FP8 TFLOP/s per USD 1,000
   * @param feeBearing ids of licensed SKUs whose classification carries a US export fee
   * @param feePriced those of them with a USD price on or before the date, priced with the fee
   * @param marketAccess China's import-side measures in force on the date (not US rules)
   */
  record Window(
      Rule rule,
      LocalDate date,
      List<String> allowed,
      List<String> licensed,
      List<String> unknown,
      List<Priced> priced,
      Optional<Priced> bestBf16,
      Optional<Priced> bestFp8,
      List<String> feeBearing,
      List<FeePriced> feePriced,
      List<MarketAccessEvent> marketAccess) {}

  /**
   * Prints the analysis.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the analysis to {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    HardwareCatalog catalog = HardwareCatalog.builtIn();
    out.println(
        "Export-control-aware procurement for a buyer in China (flopex catalog "
            + catalog.version()
            + ")");
    out.println(DISCLAIMER);
    out.println(
        "INDETERMINATE outcomes (a metric is unknown) are treated as unknown and excluded.");
    out.println(
        "US export fees (revenue shares, duties) are "
            + PASS_THROUGH.basis()
            + " ("
            + PASS_THROUGH.confidence().name().toLowerCase(Locale.ROOT)
            + " confidence): an assumption, not a fact.");

    out.println();
    out.println(
        "Not subject to US chip rules here / not for sale as chips (no claim about Chinese rules):");
    for (Accelerator a : catalog.accelerators()) {
      if (!US_CHIP_VENDORS.contains(a.vendor())) {
        out.println("  " + a.id() + " (" + a.vendor() + "): " + whyExcluded(a.vendor()));
      }
    }

    for (Window w : analyse(catalog)) {
      out.println();
      out.println(
          w.rule().id()
              + " on "
              + w.date()
              + " ("
              + w.rule().effectiveFrom()
              + " to "
              + w.rule().effectiveUntil().map(LocalDate::toString).orElse("open")
              + ")");
      out.println("  allowed without licence: " + list(w.allowed()));
      out.println("  licence required:        " + list(w.licensed()));
      out.println("  unknown, excluded:       " + list(w.unknown()));
      List<Priced> ranked = new ArrayList<>(w.priced());
      ranked.sort(Comparator.comparing((Priced p) -> p.bf16PerKusd().orElse(0.0)).reversed());
      for (Priced p : ranked) {
        out.printf(
            Locale.ROOT,
            "    %-16s USD %,9.0f per GPU new, %-9s  BF16 %s  FP8 %s TFLOP/s per USD 1,000  (%s)%n",
            p.accelerator().id(),
            p.price().price().amount(),
            p.price().from().basis().key(),
            rate(p.bf16PerKusd()),
            rate(p.fp8PerKusd()),
            p.price().explanation());
      }
      List<String> unpriced =
          w.allowed().stream()
              .filter(id -> w.priced().stream().noneMatch(p -> p.accelerator().id().equals(id)))
              .toList();
      out.println(
          "  allowed but no USD new-purchase price per GPU dated by then (not ranked): "
              + list(unpriced));
      out.println(
          "  best BF16 per dollar: "
              + w.bestBf16().map(ChinaProcurement::pick).orElse("none priced"));
      out.println(
          "  best FP8 per dollar:  "
              + w.bestFp8().map(ChinaProcurement::pick).orElse("none priced"));
      out.println("  licence required, with a US export fee if licensed: " + list(w.feeBearing()));
      for (FeePriced p : w.feePriced()) {
        out.printf(
            Locale.ROOT,
            "    %-16s USD %,9.0f per GPU new -> USD %,9.0f with the fee (+%.1f%%)  BF16 %s  FP8 %s TFLOP/s per USD 1,000%n",
            p.accelerator().id(),
            p.quote().price().amount(),
            p.withFee().price().amount(),
            100 * p.withFee().uplift(),
            rate(p.bf16PerKusd()),
            rate(p.fp8PerKusd()));
        out.println("      basis: " + p.withFee().basis());
        out.println("      pre-fee price: " + p.quote().explanation());
      }
      out.println(
          "  China import side on "
              + w.date()
              + " (market access, not US rules): "
              + (w.marketAccess().isEmpty() ? "(none encoded)" : ""));
      for (MarketAccessEvent e : w.marketAccess()) {
        out.println(
            "    "
                + e.id()
                + ": "
                + e.title()
                + "; "
                + e.effect()
                + " ("
                + e.confidence().name().toLowerCase(Locale.ROOT)
                + " confidence)");
      }
    }
  }

  /**
   * Classifies every US-vendor SKU under every rule, on a date inside the rule (the middle of a
   * closed window, the first day of an open one), and ranks the allowed SKUs priced by then.
   *
   * @param catalog the catalog
   * @return one window per rule, oldest first
   */
  static List<Window> analyse(HardwareCatalog catalog) {
    ExportControls ec = catalog.exportControls();
    List<Window> windows = new ArrayList<>();
    for (Rule rule : ec.rules()) {
      LocalDate date =
          rule.effectiveUntil()
              .map(
                  u ->
                      rule.effectiveFrom()
                          .plusDays(ChronoUnit.DAYS.between(rule.effectiveFrom(), u) / 2))
              .orElse(rule.effectiveFrom());
      List<String> allowed = new ArrayList<>();
      List<String> licensed = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      List<Priced> priced = new ArrayList<>();
      List<String> feeBearing = new ArrayList<>();
      List<FeePriced> feePriced = new ArrayList<>();
      for (Accelerator a : catalog.accelerators()) {
        if (!US_CHIP_VENDORS.contains(a.vendor())) {
          continue;
        }
        if (a.compute().isEmpty()) {
          // no dense figure (only unstated-sparsity peaks, e.g. Rubin CPX, or none, e.g. RTX PRO
          // 6000D):
          // TPP is undefined, so the part cannot be classified and is listed as unknown
          unknown.add(a.id());
          continue;
        }
        Decision d = ec.classify(a, rule.id());
        if (d.outcome() == Decision.Outcome.INDETERMINATE) {
          unknown.add(a.id());
        } else if (d.licenceRequirement() == LicenceRequirement.REQUIRED) {
          licensed.add(a.id());
          if (d.fee().isPresent()) {
            feeBearing.add(a.id());
            newUsdPrice(a, date)
                .ifPresent(
                    q -> {
                      FeeInclusivePrice f =
                          d.feeInclusivePrice(q.price(), PASS_THROUGH).orElseThrow();
                      feePriced.add(
                          new FeePriced(
                              a,
                              q,
                              f,
                              perKusd(a, Precision.BF16, f.price()),
                              perKusd(a, Precision.FP8, f.price())));
                    });
          }
        } else if (d.outcome() == Decision.Outcome.NOT_CONTROLLED) {
          allowed.add(a.id());
          newUsdPrice(a, date)
              .ifPresent(
                  p ->
                      priced.add(
                          new Priced(
                              a,
                              p,
                              perKusd(a, Precision.BF16, p.price()),
                              perKusd(a, Precision.FP8, p.price()))));
        } else {
          // CONTROLLED with no licence requirement: still not "allowed" (the brief requires
          // NOT_CONTROLLED).
          licensed.add(a.id());
        }
      }
      windows.add(
          new Window(
              rule,
              date,
              List.copyOf(allowed),
              List.copyOf(licensed),
              List.copyOf(unknown),
              List.copyOf(priced),
              best(priced, Priced::bf16PerKusd),
              best(priced, Priced::fp8PerKusd),
              List.copyOf(feeBearing),
              List.copyOf(feePriced),
              ec.marketAccessOn(date)));
    }
    return List.copyOf(windows);
  }

  /**
   * The USD new-purchase price per GPU known on the date (per GPU so that TFLOPS per $1000 compare
   * like for like; never a used, rental, per-system or per-rack price): a price first quoted later
   * (BEFORE_FIRST) is not known on it.
   */
  private static Optional<PriceQuote> newUsdPrice(Accelerator a, LocalDate date) {
    return a.newPrice(date, dev.flopex.catalog.PriceUnit.PER_GPU)
        .filter(q -> q.rule() != PriceQuote.Rule.BEFORE_FIRST)
        .filter(p -> p.price().currency().getCurrencyCode().equals("USD"));
  }

  private static Optional<Double> perKusd(
      Accelerator a, Precision p, dev.flopex.core.money.Money price) {
    return a.dense(p)
        .map(r -> r.in(ComputeRateUnit.TERAFLOP_PER_SECOND) / (price.amount() / 1000.0));
  }

  private static Optional<Priced> best(
      List<Priced> priced, java.util.function.Function<Priced, Optional<Double>> rate) {
    return priced.stream()
        .filter(p -> rate.apply(p).isPresent())
        .max(Comparator.comparing(p -> rate.apply(p).orElseThrow()));
  }

  private static String whyExcluded(String vendor) {
    switch (vendor) {
      case "Google":
      case "AWS":
        return "cloud-only, not sold as chips";
      case "Huawei":
        return "domestic Chinese chip, not subject to the US rules modelled here";
      default:
        return "not a US chip vendor modelled here";
    }
  }

  private static String pick(Priced p) {
    return p.accelerator().id() + " (" + p.accelerator().name() + ")";
  }

  private static String rate(Optional<Double> r) {
    return r.map(v -> String.format(Locale.ROOT, "%6.2f", v)).orElse("   n/a");
  }

  private static String list(List<String> ids) {
    return ids.isEmpty() ? "(none)" : String.join(", ", ids);
  }
}
