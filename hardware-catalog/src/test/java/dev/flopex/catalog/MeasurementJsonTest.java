package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 13 (W4): the measurement file is read with jackson-core's streaming parser instead of an
 * ObjectMapper, into the very tree {@code ObjectMapper.readTree} gives.
 */
class MeasurementJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static void assertSameTree(String json) throws IOException {
    JsonNode expected = MAPPER.readTree(json);
    JsonNode actual = MeasurementReader.readTree(json);
    assertThat(actual).as(json).isEqualTo(expected);
    assertSameClasses(expected, actual, json);
  }

  /** Equal and of the same node classes everywhere (IntNode and LongNode are not equal anyway). */
  private static void assertSameClasses(JsonNode e, JsonNode a, String json) {
    assertThat(a.getClass()).as(json).isEqualTo(e.getClass());
    if (e.isObject()) {
      assertThat(a.toString()).as("key order in " + json).isEqualTo(e.toString());
      Iterator<Map.Entry<String, JsonNode>> it = e.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        assertSameClasses(f.getValue(), a.get(f.getKey()), json);
      }
    } else if (e.isArray()) {
      for (int i = 0; i < e.size(); i++) {
        assertSameClasses(e.get(i), a.get(i), json);
      }
    }
  }

  @Test
  void test_theBundledMeasurementReadsAsObjectMapperReadsIt() throws IOException {
    String file = CatalogLoader.DATA + "measured/h200-sxm-measured-2026-11-28.json";
    String json;
    try (InputStream in = MeasurementJsonTest.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertSameTree(json);
    assertThat(MeasurementReader.readTree(json).path("results").size()).isGreaterThan(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "{}",
        "[]",
        "{\"a\": 1, \"a\": 2}",
        "{\"a\": 1, \"b\": {\"a\": [1, 2147483648, 9223372036854775808, -0, 1.5e300, 0.1]}}",
        "[true, false, null, \"t\\u00e9xt\", \"\\ud83d\\ude00\", -2147483649]",
        "{\"results\": [{\"op\": \"bf16_gemm_8192\", \"tflops_median_call\": 700.5}]} trailing",
        "1",
        "\"just text\""
      })
  void test_jsonReadsAsObjectMapperReadsIt(String json) throws IOException {
    assertSameTree(json);
  }

  @Test
  void test_malformedJsonIsRefusedAsObjectMapperRefusesIt() {
    for (String bad : new String[] {"{", "{\"a\" 1}", "[1,,2]", "{\"a\": NaN}", "[1 2]"}) {
      assertThatThrownBy(() -> MAPPER.readTree(bad)).isInstanceOf(JsonProcessingException.class);
      assertThatThrownBy(() -> MeasurementReader.readTree(bad))
          .as(bad)
          .isInstanceOf(JsonProcessingException.class);
    }
  }

  private static final String[] SCALARS = {
    "0",
    "-1",
    "42",
    "2147483647",
    "2147483648",
    "-9223372036854775808",
    "123456789012345678901234567890",
    "0.5",
    "-2.25e-7",
    "1E3",
    "1.0",
    "true",
    "false",
    "null",
    "\"\"",
    "\"op\"",
    "\"\\\"quoted\\\"\"",
    "\"\\u00e9\"",
    "\"a\\nb\""
  };

  private static Gen<String> json(int depth) {
    Gen<String> scalar = Generate.pick(Arrays.asList(SCALARS));
    if (depth == 0) {
      return scalar;
    }
    Gen<String> inner = json(depth - 1);
    Gen<String> list =
        SourceDSL.lists().of(inner).ofSizeBetween(0, 4).map(l -> "[" + String.join(",", l) + "]");
    Gen<String> key = Generate.pick(Arrays.asList("\"a\"", "\"b\"", "\"op\"", "\"\\u00e9\""));
    Gen<String> map =
        SourceDSL.lists()
            .of(key.zip(inner, (k, v) -> k + ": " + v))
            .ofSizeBetween(0, 4)
            .map(l -> "{" + String.join(", ", l) + "}");
    return scalar.mix(list.mix(map), 60);
  }

  @Test
  void test_anyJsonReadsAsObjectMapperReadsIt() {
    qt().withExamples(500)
        .forAll(json(3))
        .checkAssert(
            text -> {
              try {
                assertSameTree(text);
              } catch (IOException e) {
                throw new AssertionError(text, e);
              }
            });
  }
}
