package dev.flopex.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.validation.DataFileException;
import dev.flopex.core.validation.ValidationException;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input fails on the driver, from {@link FlopexSpark#sweep} itself, before any Spark job: each
 * test checks that no job started.
 */
class SweepValidationTest {
  private static final SparkSession SPARK = LocalSpark.get();
  private static final SweepBase H100 = SweepBase.load(LocalSpark.fleet("h100-neocloud.yaml"));
  private static final SweepBase MIXED = SweepBase.load(LocalSpark.fleet("mixed-fleet.yaml"));
  private int jobsBefore;

  @BeforeEach
  void countJobs() {
    jobsBefore = LocalSpark.jobsStarted();
  }

  @AfterEach
  void noJobStarted() {
    assertThat(LocalSpark.jobsStarted()).as("Spark jobs started").isEqualTo(jobsBefore);
  }

  private static SweepGrid grid(SweepBase base, SweepAxis... axes) {
    return SweepGrid.builder().addBases(base).addAxes(axes).build();
  }

  @Test
  void anUnknownGridPathIsNamedWithADidYouMean() {
    SweepGrid g =
        grid(
            H100,
            SweepAxis.of("assumptions.pue", 1.2, 1.3),
            SweepAxis.of("terms.utilisaton", 0.7, 0.8));
    assertThatThrownBy(() -> FlopexSpark.sweep(SPARK, g, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "sweep axis 2 path must name an input of base fleet 'h100-neocloud'")
        .hasMessageContaining("did you mean terms.utilisation")
        .hasMessageEndingWith("but was 'terms.utilisaton'");
  }

  @Test
  void aPathMissingFromOneOfSeveralBasesNamesThatBase() {
    // the H100 fleet prices hgx-h100; the mixed fleet has a cluster named h100-texas, the H100 not
    SweepGrid g =
        SweepGrid.builder()
            .addBases(MIXED, H100)
            .addAxes(SweepAxis.of("clusters.h100-texas.assumptions.pue", 1.2, 1.3))
            .build();
    assertThatThrownBy(() -> FlopexSpark.sweep(SPARK, g, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("base fleet 'h100-neocloud'")
        .hasMessageContaining("'clusters.h100-texas.assumptions.pue'");
  }

  @Test
  void twoPathsSettingTheSameInputAreRefused() {
    SweepGrid g =
        grid(
            H100,
            SweepAxis.of("assumptions.pue", 1.2),
            SweepAxis.of("clusters.h100-20k.assumptions.pue", 1.3));
    assertThatThrownBy(() -> FlopexSpark.sweep(SPARK, g, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sweep axis 2 path must not address an input")
        .hasMessageContaining("clusters.h100-20k.assumptions.pue");
  }

  @Test
  void aGridValueTheKernelRefusesIsNamedBeforeAnyJob() {
    SweepGrid g = grid(H100, SweepAxis.of("terms.utilisation", 0.5, 1.5));
    assertThatThrownBy(() -> FlopexSpark.sweep(SPARK, g, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("sweep axis terms.utilisation values[1] must be accepted")
        .hasMessageContaining("base fleet 'h100-neocloud'")
        .hasMessageEndingWith("but was 1.5");
  }

  @Test
  void emptyRangesAreRefused() {
    assertThatThrownBy(() -> SweepAxis.of("terms.utilisation"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "axis terms.utilisation values must not be empty (an empty range sweeps nothing) but"
                + " was []");
    assertThatThrownBy(() -> SweepAxis.linspace("assumptions.pue", 1.1, 1.5, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("axis assumptions.pue count must be >= 1");
    assertThatThrownBy(() -> SweepAxis.range("terms.horizon_years", 7, 3, 1))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "axis terms.horizon_years range must have finite bounds and to >= from")
        .hasMessageEndingWith("but was [7.0, 3.0]");
    assertThatThrownBy(() -> SweepGrid.builder().addBases(H100).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("sweep axes must list at least one axis");
  }

  @Test
  void rangesAndLinspacesIncludeTheirEnds() {
    assertThat(SweepAxis.range("terms.horizon_years", 3, 7, 1).values())
        .containsExactly(3.0, 4.0, 5.0, 6.0, 7.0);
    assertThat(SweepAxis.range("x", 0.1, 0.3, 0.1).values()).containsExactly(0.1, 0.2, 0.3);
    assertThat(SweepAxis.linspace("x", 0.04, 0.12, 5).values())
        .containsExactly(0.04, 0.06, 0.08, 0.1, 0.12);
  }

  @Test
  void aGridAbove2To40RowsIsRefused() {
    double[] many = new double[300];
    for (int i = 0; i < many.length; i++) {
      many[i] = i;
    }
    ImmutableSweepGrid.Builder g = SweepGrid.builder().addBases(H100);
    for (int j = 0; j < 5; j++) {
      g.addAxes(SweepAxis.of("axis" + j, many)); // 300^5 = 2.43e12 > 2^40 = 1.10e12
    }
    assertThatThrownBy(g::build)
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("sweep rows must be at most 2^40");
  }

  @Test
  void aScenarioWithANonNumericValueNamesTheLineAndThePath() {
    String csv = "terms.utilisation,assumptions.pue\n0.7,1.2\n0.8,abc\n";
    assertThatThrownBy(
            () -> FlopexSpark.sweep(SPARK, SweepScenarios.of(List.of(H100), "s.csv", csv)))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "s.csv:3: assumptions.pue must be a decimal number (e.g. 0.08 or 2.5e5) but was 'abc'")
        .satisfies(e -> assertThat(((DataFileException) e).line()).contains(3));
  }

  @Test
  void aScenarioValueTheKernelRefusesNamesTheLineAndThePath() {
    String csv = "terms.utilisation\n0.7\n# a comment\n1.5\n";
    assertThatThrownBy(
            () -> FlopexSpark.sweep(SPARK, SweepScenarios.of(List.of(H100), "s.csv", csv)))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("s.csv:4: terms.utilisation must be accepted by the kernel")
        .hasMessageEndingWith("but was 1.5");
  }

  @Test
  void anUnknownScenarioColumnHasADidYouMean() {
    String csv = "assumptions.electricty_usd_per_kwh\n0.07\n";
    assertThatThrownBy(
            () -> FlopexSpark.sweep(SPARK, SweepScenarios.of(List.of(H100), "s.csv", csv)))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("s.csv:1: column must name an input of base fleet 'h100-neocloud'")
        .hasMessageContaining("did you mean assumptions.electricity_usd_per_kwh");
  }

  @Test
  void anUnknownBaseAMissingFieldAndAnEmptyFileAreRefused() {
    List<SweepBase> bases = List.of(H100, MIXED);
    assertThatThrownBy(
            () ->
                FlopexSpark.sweep(
                    SPARK,
                    SweepScenarios.of(bases, "s.csv", "base,terms.utilisation\nmixed-flet,0.7\n")))
        .hasMessageStartingWith("s.csv:2: base must be one of h100-neocloud, mixed-fleet")
        .hasMessageContaining("did you mean mixed-fleet");
    assertThatThrownBy(
            () ->
                FlopexSpark.sweep(
                    SPARK,
                    SweepScenarios.of(bases, "s.csv", "terms.utilisation,assumptions.pue\n0.7\n")))
        .hasMessage("s.csv:2: row must have one field per column (2) but was 1 fields");
    assertThatThrownBy(
            () ->
                FlopexSpark.sweep(SPARK, SweepScenarios.of(bases, "s.csv", "terms.utilisation\n")))
        .hasMessage("s.csv:1: scenarios must have at least one row after the header but was none");
    assertThatThrownBy(
            () ->
                FlopexSpark.sweep(
                    SPARK, SweepScenarios.of(bases, "s.csv", "terms.utilisation\n ,\n")))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("s.csv:2: row must have one field per column");
    assertThatThrownBy(
            () ->
                FlopexSpark.sweep(
                    SPARK, SweepScenarios.of(bases, "s.csv", "terms.utilisation\n0x1p3\n")))
        .hasMessageStartingWith("s.csv:2: terms.utilisation must be a decimal number");
  }

  @Test
  void aBadBaseFleetAndABadPartitionCountAreRefused() {
    SweepBase broken = SweepBase.of("broken", "schema: flopex-fleet/1\nname: x\n");
    assertThatThrownBy(
            () -> FlopexSpark.sweep(SPARK, grid(broken, SweepAxis.of("terms.utilisation", 0.7)), 2))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("broken:");
    assertThatThrownBy(
            () -> FlopexSpark.sweep(SPARK, grid(H100, SweepAxis.of("terms.utilisation", 0.7)), 0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("partitions must be >= 1 but was 0");
  }
}
