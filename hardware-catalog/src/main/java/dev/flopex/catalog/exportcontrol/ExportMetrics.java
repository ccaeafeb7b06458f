package dev.flopex.catalog.exportcontrol;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.Market;
import dev.flopex.catalog.Precision;
import dev.flopex.catalog.ScaleUpSpec;
import dev.flopex.catalog.Throughput;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.AreaUnit;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.validation.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The export-control metrics of one accelerator, computed from its catalog figures, with the
 * derivation of each in words.
 *
 * <p><b>TPP</b> is "2 x MacTOPS x bit length of the operation, aggregated over all processing
 * units" (ECCN 3A090, technical note). Vendors count a multiply-accumulate as two operations, so 2
 * x MacTOPS is the dense TOPS (or TFLOPS) figure, and TPP = dense TOPS x bit length; the largest
 * value over all precisions counts. Sparse figures are never used, and neither are figures whose
 * vendor does not say dense or sparse ({@link Accelerator#unstatedCompute()}). An accelerator with
 * no dense figure, or with a figure of unstated sparsity that would give a larger TPP were it
 * dense, has an unknown TPP: a threshold on it is neither met nor ruled out (the decision is
 * indeterminate unless another metric settles it), and the derivation says which figures were left
 * out. <b>Performance density</b> is TPP divided by the applicable die area in mm². See {@code
 * docs/export-controls.md}.
 *
 * @since 0.1
 */
@Value.Immutable
public interface ExportMetrics {
  /** Returns the accelerator id. */
  String sku();

  /**
   * Returns the TPP, or empty when it cannot be computed from dense figures: none exists, or a
   * figure of unstated sparsity would give a larger TPP were it dense.
   */
  OptionalDouble tpp();

  /** Returns the precision that gives the largest TPP, or empty when the TPP is unknown. */
  Optional<Precision> tppPrecision();

  /** Returns the performance density, when the die area is known. */
  OptionalDouble performanceDensity();

  /**
   * Returns a lower bound of the TPP when the TPP itself is unknown but dense figures exist: the
   * TPP those give (a figure of unstated sparsity might raise it, never lower it); empty otherwise.
   */
  OptionalDouble tppLowerBound();

  /** Returns {@link #tppLowerBound()} divided by the die area, when both are known. */
  OptionalDouble performanceDensityLowerBound();

  /** Returns the aggregate bidirectional I/O in GB/s, when known. */
  OptionalDouble interconnectBidirectionalGbS();

  /** Returns the total DRAM bandwidth in GB/s, when known. */
  OptionalDouble memoryBandwidthGbS();

  /** Returns whether the chip is designed or marketed for data centres. */
  boolean datacenter();

  /** Returns how each metric was computed, one line each. */
  List<String> derivation();

  /**
   * Returns the value of {@code metric}, or empty when unknown. {@link Metric#DATACENTER} is 1 or
   * 0; {@link Metric#SKU} has no numeric value.
   *
   * @param metric the metric
   * @return its value
   */
  default OptionalDouble value(Metric metric) {
    switch (metric) {
      case TPP:
        return tpp();
      case PERFORMANCE_DENSITY:
        return performanceDensity();
      case INTERCONNECT_BIDIRECTIONAL_GB_S:
        return interconnectBidirectionalGbS();
      case MEMORY_BANDWIDTH_GB_S:
        return memoryBandwidthGbS();
      case DATACENTER:
        return OptionalDouble.of(datacenter() ? 1 : 0);
      default:
        return OptionalDouble.empty();
    }
  }

  /**
   * Returns the exact value of {@code metric} when known, else a lower bound of it when one is
   * known (TPP and performance density of an accelerator whose dense figures may understate its
   * TPP), else empty.
   *
   * @param metric the metric
   * @return the value or lower bound
   */
  default OptionalDouble lowerBound(Metric metric) {
    OptionalDouble v = value(metric);
    if (v.isPresent()) {
      return v;
    }
    switch (metric) {
      case TPP:
        return tppLowerBound();
      case PERFORMANCE_DENSITY:
        return performanceDensityLowerBound();
      default:
        return OptionalDouble.empty();
    }
  }

  /**
   * Computes the metrics of {@code a}.
   *
   * @param a the accelerator
   * @return its metrics; TPP and performance density are empty when the TPP cannot be computed from
   *     dense figures (figures of unstated sparsity are never used as dense)
   */
  static ExportMetrics of(Accelerator a) {
    List<String> how = new ArrayList<>();
    double best = -1;
    Precision bestP = null;
    for (Map.Entry<Precision, Sourced<Throughput>> e : a.compute().entrySet()) {
      Precision p = e.getKey();
      double tops = e.getValue().value().dense().in(ComputeRateUnit.TERAOP_PER_SECOND);
      double tpp = tops * p.bitLength();
      if (tpp > best) {
        best = tpp;
        bestP = p;
      }
    }
    // a figure of unstated sparsity that would give a larger TPP were it dense leaves the TPP
    // unknown: using the dense figures alone could understate it (and so clear a chip wrongly)
    double unstatedIfDense = -1;
    for (Map.Entry<Precision, Sourced<dev.flopex.core.units.Quantity<ComputeRateUnit>>> e :
        a.unstatedCompute().entrySet()) {
      unstatedIfDense =
          Math.max(
              unstatedIfDense,
              e.getValue().value().in(ComputeRateUnit.TERAOP_PER_SECOND) * e.getKey().bitLength());
    }
    ImmutableExportMetrics.Builder b =
        ImmutableExportMetrics.builder().sku(a.id()).datacenter(a.market() == Market.DATACENTER);
    if (bestP == null) {
      how.add("tpp unknown: no dense throughput figure" + unstatedNote(a));
    } else if (unstatedIfDense > best) {
      how.add(
          "tpp unknown, at least "
              + Check.format(round(best))
              + ": the dense figures give that ("
              + bestP.key()
              + "), but a figure of unstated sparsity"
              + " would give up to "
              + Check.format(round(unstatedIfDense))
              + " were it dense"
              + unstatedNote(a));
      b.tppLowerBound(best);
      if (a.dieArea().isPresent()) {
        double mm2 = a.dieArea().get().value().in(AreaUnit.SQUARE_MILLIMETRES);
        b.performanceDensityLowerBound(best / mm2);
        how.add(
            "performance_density at least "
                + Check.format(round(best))
                + " / "
                + Check.format(mm2)
                + " mm2 = "
                + Check.format(round(best / mm2)));
      }
      bestP = null;
    } else {
      double topsBest = a.dense(bestP).orElseThrow().in(ComputeRateUnit.TERAOP_PER_SECOND);
      how.add(
          "tpp = "
              + Check.format(topsBest)
              + " dense "
              + bestP.displayUnit().symbol().replace("TOP/s", "TOPS").replace("TFLOP/s", "TFLOPS")
              + " ("
              + bestP.key()
              + ") x "
              + bestP.bitLength()
              + " bits = "
              + Check.format(round(best)));
      b.tpp(best).tppPrecision(bestP);
    }
    if (bestP == null) {
      how.add("performance_density unknown: tpp unknown");
    } else if (a.dieArea().isPresent()) {
      double mm2 = a.dieArea().get().value().in(AreaUnit.SQUARE_MILLIMETRES);
      double pd = best / mm2;
      b.performanceDensity(pd);
      how.add(
          "performance_density = "
              + Check.format(round(best))
              + " / "
              + Check.format(mm2)
              + " mm2 = "
              + Check.format(round(pd)));
    } else {
      how.add("performance_density unknown: no die area in the catalog");
    }
    interconnect(a, how).ifPresent(b::interconnectBidirectionalGbS);
    a.memory()
        .bandwidth()
        .ifPresent(
            bw -> {
              double gbs = bw.value().in(DataRateUnit.GIGABYTES_PER_SECOND);
              b.memoryBandwidthGbS(gbs);
              how.add("memory_bandwidth_gb_s = " + Check.format(round(gbs)));
            });
    how.add(
        "datacenter = "
            + (a.market() == Market.DATACENTER)
            + " (market "
            + a.market().name().toLowerCase(java.util.Locale.ROOT)
            + ")");
    return b.addAllDerivation(how).build();
  }

  /** Lists the figures of unstated sparsity that were left out of the TPP, if any. */
  private static String unstatedNote(Accelerator a) {
    if (a.unstatedCompute().isEmpty()) {
      return "";
    }
    List<String> figs = new ArrayList<>();
    a.unstatedCompute()
        .forEach(
            (p, q) ->
                figs.add(
                    p.key()
                        + " "
                        + Check.format(q.value().in(p.displayUnit()), p.displayUnit().symbol())));
    return " (figures of unstated sparsity are not used as dense: " + String.join(", ", figs) + ")";
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static Optional<Double> interconnect(Accelerator a, List<String> how) {
    Optional<ScaleUpSpec> su = a.scaleUp();
    Optional<dev.flopex.core.units.LinkBandwidth> unstated =
        su.flatMap(ScaleUpSpec::bandwidth).map(s -> s.value()).filter(b -> !b.directionStated());
    if (unstated.isPresent()) {
      // never guessed as either direction: the aggregate is unknown, not the host link alone
      how.add(
          "interconnect_bidirectional_gb_s unknown: the scale-up figure ("
              + unstated.get().stated()
              + ", "
              + su.get().technology()
              + ") does not state its direction");
      return Optional.empty();
    }
    Optional<Double> fabric =
        su.flatMap(ScaleUpSpec::bandwidth)
            .map(s -> s.value().bidirectional().in(DataRateUnit.GIGABYTES_PER_SECOND));
    boolean fabricIsPcie =
        su.map(s -> s.technology().toLowerCase(java.util.Locale.ROOT).startsWith("pcie"))
            .orElse(false);
    OptionalDouble host =
        a.hostInterface().map(h -> pcieBidirectionalGbS(h.value())).orElse(OptionalDouble.empty());
    if (fabric.isEmpty() && host.isEmpty()) {
      how.add("interconnect_bidirectional_gb_s unknown: no scale-up or host-link figure");
      return Optional.empty();
    }
    double total = fabric.orElse(0.0) + (fabricIsPcie || host.isEmpty() ? 0 : host.getAsDouble());
    how.add(
        "interconnect_bidirectional_gb_s = "
            + fabric
                .map(
                    f -> Check.format(round(f)) + " (" + su.get().technology() + ", bidirectional)")
                .orElse("0")
            + (fabricIsPcie || host.isEmpty()
                ? ""
                : " + "
                    + Check.format(host.getAsDouble())
                    + " ("
                    + a.hostInterface().get().value()
                    + ", bidirectional)")
            + " = "
            + Check.format(round(total)));
    return Optional.of(total);
  }

  /**
   * Returns the nominal bidirectional bandwidth in GB/s of a host interface written like {@code
   * "PCIe 5.0 x16"}, or empty when the text is not of that form.
   *
   * @param hostInterface the host interface text
   * @return GB/s both directions (e.g. 128 for PCIe 5.0 x16)
   */
  static OptionalDouble pcieBidirectionalGbS(String hostInterface) {
    Matcher m =
        Pattern.compile("(?i)pcie\\s*(?:gen\\s*)?(\\d)(?:\\.0)?\\s*x\\s*(\\d+)")
            .matcher(hostInterface);
    if (!m.find()) {
      return OptionalDouble.empty();
    }
    int gen = Integer.parseInt(m.group(1));
    int lanes = Integer.parseInt(m.group(2));
    // nominal GB/s per lane per direction (PCIe 3.0 ~0.985 after 128b/130b, rounded to 1; each
    // later generation doubles it)
    double perLane;
    switch (gen) {
      case 3:
        perLane = 1;
        break;
      case 4:
        perLane = 2;
        break;
      case 5:
        perLane = 4;
        break;
      case 6:
        perLane = 8;
        break;
      default:
        return OptionalDouble.empty();
    }
    return OptionalDouble.of(2 * perLane * lanes);
  }
}
