package dev.flopex.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  // the file's tree is built from jackson-core's streaming parser: an ObjectMapper would load and
  // initialise ~270 data-binding classes on every cold start for a 2.6 KB file (issue 13, W4)
  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MeasurementReader() {}

  static List<Measurement> read(String name, String text, Provenance provenance) {
    JsonNode root;
    try {
      root = readTree(text);
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

  /**
   * Reads JSON text into the tree {@code new ObjectMapper().readTree(text)} gives (its defaults: a
   * repeated key keeps the last value, integers as int, long or big-integer nodes by size, other
   * numbers as doubles, content after the first value ignored, empty text the missing node).
   */
  static JsonNode readTree(String text) throws IOException {
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken t = p.nextToken();
      return t == null ? MissingNode.getInstance() : value(p, t);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        ObjectNode o = NODES.objectNode();
        for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      case START_ARRAY:
        ArrayNode a = NODES.arrayNode();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          a.add(value(p, e));
        }
        return a;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(p, "Unexpected token " + t);
    }
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
