package dev.flopex.costing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published figures in {@code src/test/resources/golden/published-runs.csv} ({@code
 * case,quantity,value,unit,source_url,quote}; provenance of every row in {@code
 * docs/assumptions.md} §7). Tests read their data from here rather than copying numbers.
 */
final class GoldenRuns {
  private static final String RESOURCE = "/golden/published-runs.csv";
  private static final Map<String, Double> VALUES = load();

  private GoldenRuns() {}

  /**
   * Returns a golden value.
   *
   * @param caseId e.g. {@code deepseek-v3}
   * @param quantity e.g. {@code total_gpu_hours}
   * @return the value
   * @throws IllegalArgumentException naming the missing key
   */
  static double value(String caseId, String quantity) {
    Double v = VALUES.get(caseId + "/" + quantity);
    if (v == null) {
      throw new IllegalArgumentException(
          "golden figure " + caseId + "/" + quantity + " is not in " + RESOURCE);
    }
    return v;
  }

  private static Map<String, Double> load() {
    String text;
    try (InputStream in = GoldenRuns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> rows = parse(text);
    List<String> header = rows.get(0);
    if (!header.equals(List.of("case", "quantity", "value", "unit", "source_url", "quote"))) {
      throw new IllegalStateException(RESOURCE + " has an unexpected header " + header);
    }
    Map<String, Double> m = new LinkedHashMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (m.put(r.get(0) + "/" + r.get(1), Double.parseDouble(r.get(2))) != null) {
        throw new IllegalStateException(RESOURCE + " repeats " + r.get(0) + "/" + r.get(1));
      }
    }
    return m;
  }

  /** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        if (!(row.size() == 1 && row.get(0).isEmpty())) {
          rows.add(row);
        }
        row = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
