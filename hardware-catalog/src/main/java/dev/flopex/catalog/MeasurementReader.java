package dev.flopex.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.PowerUnit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a calibration JSON (shared/data/h200-calibrate.py's output) into measurements. */
final class MeasurementReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MeasurementReader() {}

  static List<Measurement> read(String name, String text, Provenance provenance) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      throw new CatalogException(
          name, 0, "file", null, "must be well-formed JSON: " + e.getMessage(), e);
    }
    JsonNode results = root.path("results");
    if (!results.isArray()) {
      throw new CatalogException(name, 0, "results", null, "must be a list", null);
    }
    List<Measurement> out = new ArrayList<>();
    for (JsonNode r : results) {
      String op = r.path("op").asText("");
      if (op.isEmpty()) {
        throw new CatalogException(name, 0, "results[].op", null, "is required", null);
      }
      ImmutableMeasurement.Builder b = Measurement.builder().operation(op).provenance(provenance);
      Precision p = precisionOf(op);
      if (p != null) {
        ComputeRateUnit u = p.displayUnit();
        b.precision(p);
        if (r.has("tflops_median_call")) {
          b.burst(u.of(positive(name, op, r, "tflops_median_call")));
        }
        if (r.has("tflops_sustained")) {
          b.sustained(u.of(positive(name, op, r, "tflops_sustained")));
        }
      }
      if (r.has("power_w_median_sustained")) {
        b.power(PowerUnit.WATTS.of(positive(name, op, r, "power_w_median_sustained")));
      }
      if (r.has("tb_per_s_read_plus_write")) {
        b.memoryBandwidth(
            DataRateUnit.TERABYTES_PER_SECOND.of(
                positive(name, op, r, "tb_per_s_read_plus_write")));
      }
      out.add(b.build());
    }
    return out;
  }

  private static double positive(String name, String op, JsonNode r, String field) {
    JsonNode n = r.get(field);
    if (n == null || !n.isNumber() || !(n.doubleValue() > 0) || !Double.isFinite(n.doubleValue())) {
      throw new CatalogException(
          name,
          0,
          op + "." + field,
          n == null ? null : n.asText(),
          "must be a positive number",
          null);
    }
    return n.doubleValue();
  }

  /** Maps an operation name such as {@code bf16_gemm_8192} to its precision. */
  static @org.jspecify.annotations.Nullable Precision precisionOf(String op) {
    String o = op.toLowerCase(Locale.ROOT);
    if (!o.contains("gemm")) {
      return null;
    }
    if (o.startsWith("fp64")) {
      return Precision.FP64_TENSOR;
    }
    if (o.startsWith("fp32")) {
      return Precision.FP32;
    }
    for (Precision p : Precision.values()) {
      if (o.startsWith(p.key() + "_")) {
        return p;
      }
    }
    return null;
  }
}
