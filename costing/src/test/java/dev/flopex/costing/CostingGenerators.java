package dev.flopex.costing;

import dev.flopex.catalog.PricePoint;
import dev.flopex.core.money.Money;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.costing.internal.ClusterCalculator;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Shared QuickTheories generators for costing inputs. They reach the edges on purpose: one server,
 * the largest two-tier and three-tier sizes, prices near zero, PUE 1 and extreme PUE.
 */
final class CostingGenerators {
  private CostingGenerators() {}

  /** Server counts from 1 to 8,000 (64,000 GPUs), with the tier boundaries mixed in. */
  static Gen<Long> servers() {
    return SourceDSL.longs()
        .between(1, 8_000)
        .mix(Generate.pick(List.of(1L, 8L, 256L, 257L, 8_192L / 8, 8_000L)), 25);
  }

  /** Server prices from USD 1 to USD 10M. */
  static Gen<Double> serverPrices() {
    return SourceDSL.doubles().between(1, 1e7).mix(Generate.pick(List.of(1.0, 317_000.0, 1e7)), 20);
  }

  /** PUE from 1 to 3. */
  static Gen<Double> pues() {
    return SourceDSL.doubles().between(1, 3).mix(Generate.pick(List.of(1.0, 3.0)), 20);
  }

  /** Electricity prices from 0 to 0.5 USD/kWh. */
  static Gen<Double> electricityPrices() {
    return SourceDSL.doubles().between(0, 0.5).mix(Generate.pick(List.of(0.0, 0.5)), 20);
  }

  /** Terms: 1-10 years, utilisation in (0, 1]. */
  static Gen<FinancialTerms> terms() {
    return SourceDSL.integers()
        .between(1, 10)
        .zip(
            SourceDSL.doubles().between(0.01, 1).mix(Generate.pick(List.of(1.0, 0.01)), 20),
            (h, u) -> FinancialTerms.of(h, u));
  }

  /** A price override for the server at {@code usd}. */
  static PricePoint serverPrice(double usd) {
    return PricePoint.builder()
        .price(Money.usd(usd))
        .asOf(PartialDate.parse("2024-08"))
        .basis(dev.flopex.catalog.PriceBasis.NEGOTIATED)
        .unit(dev.flopex.catalog.PriceUnit.PER_SYSTEM)
        .region("US")
        .description("test price per server")
        .provenance(ClusterCalculator.userInput("generated test price"))
        .build();
  }

  /** The reference H100 cluster at {@code servers}, with its server priced at {@code usd}. */
  static Cluster cluster(long servers, double usd) {
    return Fixtures.copy(Fixtures.h100Cluster(servers))
        .withPriceOverrides(java.util.Map.of("hgx-h100", serverPrice(usd)));
  }
}
