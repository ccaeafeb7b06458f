package dev.flopex.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.flopex.catalog.exportcontrol.ExportMetrics;
import dev.flopex.core.units.AreaUnit;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.validation.Check;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Flat export of the accelerator catalog: one record per SKU with the keys of {@link #COLUMNS}, as
 * JSON or CSV. Values are plain numbers in the unit the key names ({@code memory_capacity_gb} is
 * decimal gigabytes, so an 80 GiB HBM stack exports as 85.899); unknown values are {@code null} in
 * JSON and empty in CSV. Provenance is not flattened: use the typed API for it.
 *
 * @since 0.1
 */
public final class CatalogExport {
  /** The record keys, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "vendor",
          "name",
          "form_factor",
          "status",
          "status_since",
          "launch_date",
          "die_area_mm2",
          "figures_per",
          "dies_per_package",
          "cooling",
          "fp64_vector_tflops",
          "fp64_tensor_tflops",
          "fp32_tflops",
          "tf32_dense_tflops",
          "bf16_dense_tflops",
          "fp16_dense_tflops",
          "fp8_dense_tflops",
          "int8_dense_tops",
          "fp6_dense_tflops",
          "fp4_dense_tflops",
          "mxfp8_dense_tflops",
          "mxfp6_dense_tflops",
          "mxfp4_dense_tflops",
          "nvfp4_dense_tflops",
          "sparsity_2x",
          "unstated_sparsity_peaks",
          "memory_type",
          "memory_capacity_gb",
          "memory_bandwidth_tb_s",
          "scale_up_technology",
          "scale_up_bandwidth_gb_s_bidirectional",
          "scale_up_bandwidth_gb_s_unstated_direction",
          "scale_up_domain_size",
          "host_interface",
          "tdp_w",
          "price_usd",
          "price_as_of",
          "price_basis",
          "price_unit",
          "tpp",
          "performance_density",
          "catalog_version",
          "catalog_as_of");

  private CatalogExport() {}

  /**
   * Returns one flat record per accelerator, keys in {@link #COLUMNS} order.
   *
   * @param catalog the catalog
   * @return the records
   */
  public static List<Map<String, @Nullable Object>> records(HardwareCatalog catalog) {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (Accelerator a : catalog.accelerators()) {
      out.add(record(catalog, a));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the flat record of one accelerator of {@code catalog}, stamped with the catalog's
   * version and as-of date.
   *
   * @param catalog the catalog the accelerator belongs to
   * @param a the accelerator
   * @return the record, keys in {@link #COLUMNS} order
   * @since 0.3
   */
  public static Map<String, @Nullable Object> record(HardwareCatalog catalog, Accelerator a) {
    return record(a, catalog.version(), catalog.asOf().orElse(null));
  }

  /**
   * Returns the flat record of one accelerator, with {@code catalog_as_of} empty.
   *
   * @param a the accelerator
   * @param catalogVersion the catalog version to stamp
   * @return the record, keys in {@link #COLUMNS} order
   */
  public static Map<String, @Nullable Object> record(Accelerator a, String catalogVersion) {
    return record(a, catalogVersion, null);
  }

  private static Map<String, @Nullable Object> record(
      Accelerator a, String catalogVersion, java.time.@Nullable LocalDate asOf) {
    Map<String, @Nullable Object> r = new LinkedHashMap<>();
    r.put("id", a.id());
    r.put("vendor", a.vendor());
    r.put("name", a.name());
    r.put("form_factor", a.formFactor());
    r.put("status", a.status().map(s -> s.status().key()).orElse(null));
    r.put("status_since", a.status().map(s -> s.date().toString()).orElse(null));
    r.put("launch_date", a.launchDate().map(d -> d.value().toString()).orElse(null));
    r.put(
        "die_area_mm2",
        a.dieArea().map(d -> d.value().in(AreaUnit.SQUARE_MILLIMETRES)).orElse(null));
    r.put("figures_per", a.figuresPer().name().toLowerCase(java.util.Locale.ROOT));
    r.put("dies_per_package", a.diesPerPackage().map(d -> d.value()).orElse(null));
    r.put("cooling", a.cooling().map(c -> c.value().key()).orElse(null));
    r.put("fp64_vector_tflops", dense(a, Precision.FP64_VECTOR));
    r.put("fp64_tensor_tflops", dense(a, Precision.FP64_TENSOR));
    r.put("fp32_tflops", dense(a, Precision.FP32));
    r.put("tf32_dense_tflops", dense(a, Precision.TF32));
    r.put("bf16_dense_tflops", dense(a, Precision.BF16));
    r.put("fp16_dense_tflops", dense(a, Precision.FP16));
    r.put("fp8_dense_tflops", dense(a, Precision.FP8));
    r.put("int8_dense_tops", dense(a, Precision.INT8));
    r.put("fp6_dense_tflops", dense(a, Precision.FP6));
    r.put("fp4_dense_tflops", dense(a, Precision.FP4));
    r.put("mxfp8_dense_tflops", dense(a, Precision.MXFP8));
    r.put("mxfp6_dense_tflops", dense(a, Precision.MXFP6));
    r.put("mxfp4_dense_tflops", dense(a, Precision.MXFP4));
    r.put("nvfp4_dense_tflops", dense(a, Precision.NVFP4));
    r.put("sparsity_2x", a.sparsityDoubles());
    r.put(
        "unstated_sparsity_peaks",
        a.unstatedCompute().isEmpty()
            ? null
            : a.unstatedCompute().entrySet().stream()
                .map(
                    e ->
                        e.getKey().key()
                            + " "
                            + Check.format(
                                round(e.getValue().value().in(e.getKey().displayUnit())),
                                e.getKey().displayUnit().symbol()))
                .collect(java.util.stream.Collectors.joining("; ")));
    r.put("memory_type", a.memory().type().map(MemoryType::label).orElse(null));
    r.put("memory_capacity_gb", round(a.memory().capacity().value().in(DataSizeUnit.GIGABYTES)));
    r.put(
        "memory_bandwidth_tb_s",
        a.memory()
            .bandwidth()
            .map(b -> round(b.value().in(DataRateUnit.TERABYTES_PER_SECOND)))
            .orElse(null));
    r.put("scale_up_technology", a.scaleUp().map(ScaleUpSpec::technology).orElse(null));
    r.put(
        "scale_up_bandwidth_gb_s_bidirectional",
        a.scaleUp()
            .flatMap(ScaleUpSpec::bandwidth)
            // a figure of unstated direction is neither: left empty, never doubled or halved
            .filter(b -> b.value().directionStated())
            .map(b -> round(b.value().bidirectional().in(DataRateUnit.GIGABYTES_PER_SECOND)))
            .orElse(null));
    // ... and kept here as stated, so no scale-up figure leaves the export silently
    r.put(
        "scale_up_bandwidth_gb_s_unstated_direction",
        a.scaleUp()
            .flatMap(ScaleUpSpec::bandwidth)
            .filter(b -> !b.value().directionStated())
            .map(b -> round(b.value().stated().in(DataRateUnit.GIGABYTES_PER_SECOND)))
            .orElse(null));
    r.put(
        "scale_up_domain_size",
        a.scaleUp().flatMap(ScaleUpSpec::domainSize).map(d -> d.value()).orElse(null));
    r.put("host_interface", a.hostInterface().map(h -> h.value()).orElse(null));
    r.put("tdp_w", a.tdp().map(t -> t.value().in(PowerUnit.WATTS)).orElse(null));
    // like for like across accelerators: the latest new-purchase price per GPU (never a used,
    // rental,
    // per-system or per-rack price), with its basis and unit
    Optional<PricePoint> price = a.latestNewPrice(PriceUnit.PER_GPU);
    r.put("price_usd", price.map(p -> p.price().amount()).orElse(null));
    r.put("price_as_of", price.map(p -> p.asOf().toString()).orElse(null));
    r.put("price_basis", price.map(p -> p.basis().key()).orElse(null));
    r.put("price_unit", price.map(p -> p.unit().key()).orElse(null));
    ExportMetrics m = ExportMetrics.of(a);
    r.put("tpp", m.tpp().isPresent() ? round(m.tpp().getAsDouble()) : null);
    r.put(
        "performance_density",
        m.performanceDensity().isPresent() ? round(m.performanceDensity().getAsDouble()) : null);
    r.put("catalog_version", catalogVersion);
    r.put("catalog_as_of", asOf == null ? null : asOf.toString());
    return r;
  }

  /**
   * Returns every field of every entry (accelerators, NICs, switches, links, systems) and of every
   * cited source, as the catalog files state it after overlays: value, unit, source and the file
   * and line it came from. Unlike {@link #records}, nothing is left out or converted; this is what
   * {@link CatalogDiff} compares. Sections in the order above, then {@code sources}; entries in
   * file order.
   *
   * @param catalog a catalog from {@link HardwareCatalog#builtIn()} or {@link
   *     HardwareCatalog#loader()}
   * @return the fields
   * @throws IllegalArgumentException for another implementation of {@link HardwareCatalog}
   * @since 0.3
   */
  public static List<CatalogField> fields(HardwareCatalog catalog) {
    if (!(catalog instanceof DefaultHardwareCatalog)) {
      throw new IllegalArgumentException(
          "catalog must be built by HardwareCatalog.builtIn() or HardwareCatalog.loader() but was "
              + catalog.getClass().getName());
    }
    return ((DefaultHardwareCatalog) catalog).fields();
  }

  private static @Nullable Double dense(Accelerator a, Precision p) {
    return a.dense(p)
        .map(
            q ->
                q.in(
                    p.isInteger()
                        ? ComputeRateUnit.TERAOP_PER_SECOND
                        : ComputeRateUnit.TERAFLOP_PER_SECOND))
        .orElse(null);
  }

  /** Rounds to 10 significant digits so exports show no binary noise (85.89934592 stays exact). */
  private static double round(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).doubleValue();
  }

  /**
   * Writes the records as a JSON array.
   *
   * @param catalog the catalog
   * @param out where to write (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void writeJson(HardwareCatalog catalog, Writer out) {
    ObjectMapper m =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try {
      m.writeValue(out, records(catalog));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the records as CSV with a header row (RFC 4180 quoting).
   *
   * @param catalog the catalog
   * @param out where to write (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void writeCsv(HardwareCatalog catalog, Writer out) {
    CsvMapper m = new CsvMapper();
    m.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // quote only fields that need it (Jackson otherwise quotes every string over 24 characters)
    m.enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    CsvSchema.Builder s = CsvSchema.builder();
    for (String c : COLUMNS) {
      s.addColumn(c);
    }
    try {
      m.writer(s.build().withHeader().withNullValue(""))
          .writeValues(out)
          .writeAll(records(catalog))
          .flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
