package dev.flopex.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Property-based tests of unit conversions (QuickTheories). */
class QuantityProperties {

  private static <U extends Enum<U> & Unit<U>> Gen<U> units(Class<U> type) {
    return Generate.enumValues(type);
  }

  /** Magnitudes from tiny to huge, reaching zero and the edges on purpose. */
  private static Gen<Double> amounts() {
    return SourceDSL.doubles()
        .between(-1e12, 1e12)
        .mix(Generate.pick(java.util.List.of(0.0, 1.0, 80.0, 141.0, 1e-9, 1e15)), 20);
  }

  private static boolean within2Ulps(double expected, double actual) {
    return Math.abs(expected - actual) <= 2 * Math.ulp(expected);
  }

  @Test
  void conversionRoundTripsDataSize() {
    qt().forAll(amounts(), units(DataSizeUnit.class), units(DataSizeUnit.class))
        .checkAssert(
            (v, from, to) -> {
              double back = Quantity.of(v, from).to(to).in(from);
              assertThat(within2Ulps(v, back))
                  .as("%s %s via %s gave %s", v, from, to, back)
                  .isTrue();
            });
  }

  @Test
  void conversionRoundTripsDataRate() {
    qt().forAll(amounts(), units(DataRateUnit.class), units(DataRateUnit.class))
        .checkAssert(
            (v, from, to) ->
                assertThat(within2Ulps(v, Quantity.of(v, from).to(to).in(from))).isTrue());
  }

  @Test
  void conversionRoundTripsPowerEnergyCompute() {
    qt().forAll(amounts(), units(PowerUnit.class), units(PowerUnit.class))
        .checkAssert(
            (v, a, b) -> assertThat(within2Ulps(v, Quantity.of(v, a).to(b).in(a))).isTrue());
    qt().forAll(amounts(), units(EnergyUnit.class), units(EnergyUnit.class))
        .checkAssert(
            (v, a, b) -> assertThat(within2Ulps(v, Quantity.of(v, a).to(b).in(a))).isTrue());
    qt().forAll(amounts(), units(ComputeRateUnit.class), units(ComputeRateUnit.class))
        .checkAssert(
            (v, a, b) -> assertThat(within2Ulps(v, Quantity.of(v, a).to(b).in(a))).isTrue());
  }

  @Test
  void binaryPrefixConversionsAreExact() {
    DataSizeUnit[] binary = {
      DataSizeUnit.BYTES, DataSizeUnit.KIBIBYTES, DataSizeUnit.MEBIBYTES,
      DataSizeUnit.GIBIBYTES, DataSizeUnit.TEBIBYTES, DataSizeUnit.PEBIBYTES
    };
    qt().forAll(
            SourceDSL.doubles().between(-1e12, 1e12),
            Generate.pick(java.util.List.of(binary)),
            Generate.pick(java.util.List.of(binary)))
        .checkAssert((v, a, b) -> assertThat(Quantity.of(v, a).to(b).in(a)).isEqualTo(v));
  }

  @Test
  void sameUnitConversionIsIdentity() {
    qt().forAll(amounts(), units(DataSizeUnit.class))
        .checkAssert((v, u) -> assertThat(Quantity.of(v, u).in(u)).isEqualTo(v + 0.0));
  }

  @Test
  void parseRoundTripsToString() {
    qt().forAll(amounts(), units(DataRateUnit.class))
        .checkAssert(
            (v, u) -> {
              Quantity<DataRateUnit> q = Quantity.of(v, u);
              assertThat(Quantity.parse(q.toString(), DataRateUnit.class)).isEqualTo(q);
            });
  }

  @Test
  void compareToAgreesWithBaseUnit() {
    qt().forAll(amounts(), units(PowerUnit.class), amounts(), units(PowerUnit.class))
        .checkAssert(
            (v1, u1, v2, u2) -> {
              Quantity<PowerUnit> a = Quantity.of(v1, u1);
              Quantity<PowerUnit> b = Quantity.of(v2, u2);
              assertThat(Integer.signum(a.compareTo(b)))
                  .isEqualTo(Integer.signum(Double.compare(a.inBaseUnit(), b.inBaseUnit())));
            });
  }

  @Test
  void bidirectionalIsTwicePerDirection() {
    qt().forAll(
            SourceDSL.doubles().between(0, 1e6),
            units(DataRateUnit.class),
            Generate.enumValues(Direction.class))
        .checkAssert(
            (v, u, d) -> {
              LinkBandwidth b = LinkBandwidth.of(v, u, d);
              if (d == Direction.UNSTATED) {
                // never guessed as either
                assertThat(b.directionStated()).isFalse();
                org.assertj.core.api.Assertions.assertThatThrownBy(b::bidirectional)
                    .isInstanceOf(IllegalStateException.class);
                org.assertj.core.api.Assertions.assertThatThrownBy(b::perDirection)
                    .isInstanceOf(IllegalStateException.class);
                assertThat(b.stated().value()).isEqualTo(v);
              } else {
                assertThat(b.directionStated()).isTrue();
                assertThat(b.bidirectional().value()).isEqualTo(2 * b.perDirection().value());
              }
            });
  }
}
