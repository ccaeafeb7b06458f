package dev.flopex.costing;

import dev.flopex.catalog.internal.yaml.Figures;
import dev.flopex.catalog.internal.yaml.YNode;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.Suggestions;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.internal.Resources;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in site table: {@link Region}s from {@code regions.yaml} (schema {@code
 * flopex-regions/1}), US regions, China, the EU Nordics and Germany, the UK, the Middle East,
 * India, Japan, Singapore and Taiwan, every figure sourced ({@code docs/regions.md}).
 *
 * <pre>{@code
 * Region va = Regions.get("us-virginia");
 * va.electricityUsdPerKwh().orElseThrow().value();     // 0.0892 (EIA, 2023)
 * Regions.get("us-virgina");                           // ValidationException: ... did you mean us-virginia?
 * }</pre>
 *
 * @since 0.2
 */
public final class Regions {
  private static final String RESOURCE = "/dev/flopex/costing/regions/regions.yaml";
  private static final Map<String, Region> BUILT_IN =
      load(Resources.yaml(RESOURCE, "regions.yaml"));

  private Regions() {}

  /** Returns the built-in regions by id, in file order. */
  public static Map<String, Region> builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a built-in region.
   *
   * @param id e.g. {@code us-virginia}; case and surrounding space are ignored
   * @return the region
   * @throws ValidationException "region 'us-virgina' must be one of ...; did you mean us-virginia?"
   */
  public static Region get(String id) {
    Region r = BUILT_IN.get(id.strip().toLowerCase(Locale.ROOT));
    if (r == null) {
      throw new ValidationException(
          "region", "'" + id + "'", Suggestions.oneOf(id, BUILT_IN.keySet()));
    }
    return r;
  }

  /**
   * Reads regions from YAML text (schema {@code flopex-regions/1}).
   *
   * @param name the file name for messages
   * @param yaml the text
   * @return the regions by id
   * @throws DataFileException naming file, line, field, value and rule
   */
  public static Map<String, Region> load(String name, String yaml) {
    return load(YamlDoc.parse(name, yaml, DataFileException::new));
  }

  private static Map<String, Region> load(YamlDoc doc) {
    YNode root = doc.rootNode();
    root.get("schema").requireText("flopex-regions/1");
    Figures fr = new Figures(Figures.readSources(root.get("sources")));
    Map<String, Region> out = new LinkedHashMap<>();
    for (YNode r : root.get("regions").elements()) {
      r.requireObject();
      YNode id = r.get("id");
      ImmutableRegion.Builder b = Region.builder().id(id.text()).name(r.get("name").text());
      figure(
          r,
          fr,
          "electricity_usd_per_kwh",
          AssumptionKey.ELECTRICITY_USD_PER_KWH,
          b::electricityUsdPerKwh);
      figure(
          r,
          fr,
          "colocation_wholesale_usd_per_kw_month",
          AssumptionKey.COLOCATION_USD_PER_KW_MONTH,
          b::colocationWholesaleUsdPerKwMonth);
      figure(
          r,
          fr,
          "colocation_retail_usd_per_kw_month",
          AssumptionKey.COLOCATION_USD_PER_KW_MONTH,
          b::colocationRetailUsdPerKwMonth);
      figure(
          r,
          fr,
          "facility_build_usd_per_mw",
          AssumptionKey.FACILITY_BUILD_USD_PER_MW,
          b::facilityBuildUsdPerMw);
      figure(r, fr, "pue", AssumptionKey.PUE, b::pue);
      figure(
          r, fr, "import_duty_fraction", AssumptionKey.IMPORT_DUTY_FRACTION, b::importDutyFraction);
      figure(r, fr, "sales_tax_fraction", AssumptionKey.SALES_TAX_FRACTION, b::salesTaxFraction);
      Map<String, String> gaps = new LinkedHashMap<>();
      r.opt("gaps")
          .ifPresent(
              g -> {
                for (String k : g.fieldNames()) {
                  if (r.has(k)) {
                    throw g.get(k)
                        .error("'" + k + "'", "must not be listed as a gap: the region gives it");
                  }
                  gaps.put(k, g.get(k).text());
                }
              });
      Region region = guarded(r, () -> b.putAllGaps(gaps).build());
      r.done();
      if (out.put(region.id(), region) != null) {
        throw id.error("'" + region.id() + "'", "must be unique (duplicate region id)");
      }
    }
    root.done();
    return Collections.unmodifiableMap(out);
  }

  private static void figure(
      YNode r, Figures fr, String field, AssumptionKey key, BiConsumerAdapter set) {
    Optional<YNode> n = r.opt(field);
    if (n.isEmpty()) {
      return;
    }
    set.accept(
        fr.figure(
            n.get(),
            f -> {
              YNode val = f.get("value");
              try {
                return key.check(val.number(key.unit()));
              } catch (DataFileException e) {
                throw e;
              } catch (ValidationException e) {
                throw val.error(e.value().orElse(null), e.rule());
              }
            }));
  }

  /** A setter of an optional sourced figure on the region builder. */
  @FunctionalInterface
  private interface BiConsumerAdapter {
    void accept(Sourced<Double> value);
  }

  private static <T> T guarded(YNode n, java.util.function.Supplier<T> f) {
    try {
      return f.get();
    } catch (DataFileException e) {
      throw e;
    } catch (ValidationException e) {
      throw n.error(e.value().orElse(null), e.rule());
    }
  }
}
