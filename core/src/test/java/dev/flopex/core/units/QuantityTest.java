package dev.flopex.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void test_in_gibToGb() {
    assertThat(DataSizeUnit.GIBIBYTES.of(80).in(DataSizeUnit.GIGABYTES)).isEqualTo(85.89934592);
  }

  @Test
  void test_in_bitsToBytes() {
    assertThat(DataRateUnit.GIGABITS_PER_SECOND.of(400).in(DataRateUnit.GIGABYTES_PER_SECOND))
        .isEqualTo(50.0);
  }

  @Test
  void test_in_kwhToJoules() {
    assertThat(EnergyUnit.KILOWATT_HOURS.of(1).in(EnergyUnit.JOULES)).isEqualTo(3.6e6);
  }

  @Test
  void test_of_rejectsNaN() {
    assertThatThrownBy(() -> PowerUnit.WATTS.of(Double.NaN))
        .isInstanceOf(ValidationException.class)
        .hasMessage("value must be finite but was NaN W");
  }

  @Test
  void test_of_rejectsInfinity() {
    assertThatThrownBy(() -> DataSizeUnit.GIBIBYTES.of(Double.POSITIVE_INFINITY))
        .hasMessage("value must be finite but was Infinity GiB");
  }

  @Test
  void test_of_negativeZeroIsZero() {
    assertThat(PowerUnit.WATTS.of(-0.0)).isEqualTo(PowerUnit.WATTS.of(0.0));
  }

  @Test
  void test_parse_distinguishesBitsFromBytes() {
    assertThat(Quantity.parse("400 Gb/s", DataRateUnit.class).unit())
        .isEqualTo(DataRateUnit.GIGABITS_PER_SECOND);
    assertThat(Quantity.parse("50GB/s", DataRateUnit.class).unit())
        .isEqualTo(DataRateUnit.GIGABYTES_PER_SECOND);
    assertThat(Quantity.parse("1.5 EFLOP/s", ComputeRateUnit.class))
        .isEqualTo(ComputeRateUnit.EXAFLOP_PER_SECOND.of(1.5));
    assertThat(Quantity.parse("2e3 W", PowerUnit.class)).isEqualTo(PowerUnit.WATTS.of(2000));
  }

  @Test
  void test_parse_unknownUnitNamesKnownOnes() {
    assertThatThrownBy(() -> Quantity.parse("80 gigs", DataSizeUnit.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("unit must be one of B, kB, MB, GB")
        .hasMessageEndingWith("but was 'gigs'");
  }

  @Test
  void test_parse_notANumber() {
    assertThatThrownBy(() -> Quantity.parse("GiB", DataSizeUnit.class))
        .hasMessage("quantity must be a number followed by a unit but was 'GiB'");
  }

  @Test
  void test_equals_isRepresentationCompareIsValue() {
    Quantity<DataSizeUnit> a = DataSizeUnit.GIGABYTES.of(1);
    Quantity<DataSizeUnit> b = DataSizeUnit.MEGABYTES.of(1000);
    assertThat(a).isNotEqualTo(b);
    assertThat(a.isEquivalentTo(b)).isTrue();
    assertThat(a.compareTo(b)).isZero();
  }

  @Test
  void test_toString_isLocaleIndependent() {
    assertThat(ComputeRateUnit.TERAFLOP_PER_SECOND.of(989.4)).hasToString("989.4 TFLOP/s");
    assertThat(DataSizeUnit.GIBIBYTES.of(80)).hasToString("80 GiB");
  }

  @Test
  void test_dividedBy_zero() {
    assertThatThrownBy(() -> PowerUnit.WATTS.of(1).dividedBy(0))
        .hasMessage("divisor must not be 0 but was 0");
  }

  @Test
  void test_linkBandwidth_directions() {
    LinkBandwidth nvlink =
        LinkBandwidth.of(900, DataRateUnit.GIGABYTES_PER_SECOND, Direction.BIDIRECTIONAL);
    assertThat(nvlink.perDirection()).isEqualTo(DataRateUnit.GIGABYTES_PER_SECOND.of(450));
    assertThat(nvlink.bidirectional()).isEqualTo(DataRateUnit.GIGABYTES_PER_SECOND.of(900));
    LinkBandwidth port =
        LinkBandwidth.of(400, DataRateUnit.GIGABITS_PER_SECOND, Direction.PER_DIRECTION);
    assertThat(port.bidirectional().in(DataRateUnit.GIGABYTES_PER_SECOND)).isEqualTo(100.0);
    assertThat(
            nvlink.isEquivalentTo(
                LinkBandwidth.of(450, DataRateUnit.GIGABYTES_PER_SECOND, Direction.PER_DIRECTION)))
        .isTrue();
    assertThat(nvlink).hasToString("900 GB/s bidirectional");
  }

  @Test
  void test_linkBandwidth_unstatedDirectionIsNeverConverted() {
    LinkBandwidth ualink =
        LinkBandwidth.of(3.6, DataRateUnit.TERABYTES_PER_SECOND, Direction.UNSTATED);
    assertThat(ualink.directionStated()).isFalse();
    assertThat(ualink.stated()).isEqualTo(DataRateUnit.TERABYTES_PER_SECOND.of(3.6));
    assertThatThrownBy(ualink::bidirectional)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unstated direction (3.6 TB/s) has no bidirectional rate");
    assertThatThrownBy(ualink::perDirection)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no per-direction rate");
    assertThat(ualink).hasToString("3.6 TB/s (direction unstated)");
    // equivalent only to the same figure of unstated direction, never to a stated one
    assertThat(
            ualink.isEquivalentTo(
                LinkBandwidth.of(3600, DataRateUnit.GIGABYTES_PER_SECOND, Direction.UNSTATED)))
        .isTrue();
    assertThat(
            ualink.isEquivalentTo(
                LinkBandwidth.of(3.6, DataRateUnit.TERABYTES_PER_SECOND, Direction.BIDIRECTIONAL)))
        .isFalse();
    assertThat(
            LinkBandwidth.of(1.8, DataRateUnit.TERABYTES_PER_SECOND, Direction.PER_DIRECTION)
                .isEquivalentTo(ualink))
        .isFalse();
  }
}
