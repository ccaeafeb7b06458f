package dev.flopex.report.internal;

import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.Financing;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Financial terms in words and as JSON, the same in every output that shows them. */
public final class Terms {
  private Terms() {}

  /**
   * Describes terms in words, e.g. {@code 5 years, utilisation 0.8, straight-line depreciation,
   * cash}.
   */
  public static String text(FinancialTerms terms) {
    StringBuilder b = new StringBuilder();
    b.append(terms.horizonYears())
        .append(terms.horizonYears() == 1 ? " year" : " years")
        .append(", utilisation ")
        .append(Fmt.num(terms.utilisation()))
        .append(", ")
        .append(terms.depreciation().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append(" depreciation, ");
    if (terms.financing() == Financing.DEBT) {
      b.append("debt at ")
          .append(Fmt.num(Fmt.percentPoints(terms.debtRate().orElseThrow())))
          .append(" %/year over ")
          .append(terms.debtTenorYears().orElseThrow())
          .append(" years");
    } else {
      b.append("cash");
    }
    return b.toString();
  }

  /** Returns the terms as a JSON object ({@code horizon_years}, {@code utilisation}, ...). */
  public static Map<String, Object> json(FinancialTerms t) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("horizon_years", t.horizonYears());
    j.put("utilisation", Fmt.json(t.utilisation()));
    j.put("depreciation", Fmt.key(t.depreciation()));
    j.put("financing", Fmt.key(t.financing()));
    j.put(
        "debt_rate_per_year",
        t.debtRate().isPresent() ? Fmt.json(t.debtRate().getAsDouble()) : null);
    j.put(
        "debt_tenor_years", t.debtTenorYears().isPresent() ? t.debtTenorYears().getAsInt() : null);
    return j;
  }
}
