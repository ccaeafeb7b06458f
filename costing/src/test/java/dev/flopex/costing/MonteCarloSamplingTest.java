package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.random.Distribution;
import dev.flopex.core.random.QuantileMethod;
import dev.flopex.core.random.SamplingMethod;
import dev.flopex.core.validation.DataFileException;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.UncertainInput;
import dev.flopex.costing.files.FleetFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Latin hypercube and Sobol Monte Carlo: chosen by API and fleet file, reproducible by seed. */
class MonteCarloSamplingTest {
  private static final CostEngine ENGINE = CostEngine.create();
  private static final FinancialTerms TERMS = FinancialTerms.of(5, 0.8);
  private static final Fleet FLEET =
      Fleet.builder().name("f").addClusters(Fixtures.h100Cluster(256)).build();

  private static MonteCarloSpec spec(SamplingMethod m, int samples, int threads) {
    return MonteCarloSpec.builder()
        .addInputs(
            UncertainInput.of(
                "prices.hgx-h100", Distribution.triangular(250_000, 300_000, 380_000)))
        .addInputs(UncertainInput.of("assumptions.pue", Distribution.pert(1.1, 1.3, 1.6)))
        .addInputs(
            UncertainInput.of(
                "assumptions.electricity_usd_per_kwh", Distribution.uniform(0.04, 0.12)))
        .addInputs(UncertainInput.of("servers", Distribution.uniform(200, 300)))
        .addCorrelation(List.of(1.0, 0.0, 0.5, 0.0))
        .addCorrelation(List.of(0.0, 1.0, 0.0, 0.0))
        .addCorrelation(List.of(0.5, 0.0, 1.0, 0.0))
        .addCorrelation(List.of(0.0, 0.0, 0.0, 1.0))
        .samples(samples)
        .seed(42)
        .threads(threads)
        .sampling(m)
        .build();
  }

  private static MonteCarloResult run(MonteCarloSpec s) {
    return ENGINE.monteCarlo(FLEET, TERMS, s, ProgressListener.NONE);
  }

  /** Blocks of 4,096 go to threads in any order; 10,000 samples span three blocks. */
  @Test
  void everyMethodIsBitIdenticalAcrossThreadCounts() {
    for (SamplingMethod m : SamplingMethod.values()) {
      MonteCarloResult one = run(spec(m, 10_000, 1));
      assertThat(one.spec().sampling()).isEqualTo(m);
      for (int threads : new int[] {2, 3, 8}) {
        MonteCarloResult many = run(spec(m, 10_000, threads));
        assertThat(many.percentiles())
            .as("%s, %d threads", m, threads)
            .isEqualTo(one.percentiles());
        assertThat(many.statistics().mean()).isEqualTo(one.statistics().mean());
        assertThat(many.statistics().standardDeviation())
            .isEqualTo(one.statistics().standardDeviation());
      }
    }
  }

  @Test
  void methodsAgreeOnTheDistributionAndDifferSampleBySample() {
    MonteCarloResult random = run(spec(SamplingMethod.RANDOM, 16_384, 2));
    MonteCarloResult lhs = run(spec(SamplingMethod.LATIN_HYPERCUBE, 16_384, 2));
    MonteCarloResult sobol = run(spec(SamplingMethod.SOBOL, 16_384, 2));
    double p50 = random.percentiles().get(0.5);
    double spread = random.percentiles().get(0.95) - random.percentiles().get(0.05);
    for (MonteCarloResult r : List.of(lhs, sobol)) {
      assertThat(r.percentiles().get(0.5))
          .isCloseTo(p50, org.assertj.core.api.Assertions.within(0.02 * spread));
      assertThat(r.statistics().mean()).isNotEqualTo(random.statistics().mean());
    }
  }

  @Test
  void withSamplingIsChecked() {
    MonteCarloSpec s = spec(SamplingMethod.RANDOM, 100, 1);
    assertThat(s.sampling()).isEqualTo(SamplingMethod.RANDOM);
    assertThat(s.withSampling(SamplingMethod.SOBOL).sampling()).isEqualTo(SamplingMethod.SOBOL);
  }

  private static final String FLEET_FILE =
      "schema: flopex-fleet/1\nname: t\nterms: {horizon_years: 5, utilisation: 0.8}\nclusters:\n"
          + "  - name: a\n    system: hgx-h100\n    servers: 2\n    purchase_date: 2024-09-01\n"
          + "    site: {region: us-virginia, facility: colocation-wholesale}\n    assumptions: neocloud\n"
          + "    networks: [{name: s, role: scale_out, switch: quantum-2-qm9700, server_link_nic_end: osfp-400g-sr4, "
          + "server_link_switch_end: osfp-800g-2xsr4, fabric_link: osfp-800g-2xsr4}]\n"
          + "uncertainty:\n  samples: 1024\n%s  inputs:\n    - path: assumptions.pue\n"
          + "      distribution: {type: pert, min: 1.1, mode: 1.3, max: 1.4}\n";

  private static MonteCarloSpec read(String extra) {
    return FleetFiles.read("f.yaml", String.format(FLEET_FILE, extra), Fixtures.CATALOG)
        .uncertainty()
        .orElseThrow();
  }

  @Test
  void fleetFilesChooseTheMethods() {
    MonteCarloSpec plain = read("");
    assertThat(plain.sampling()).isEqualTo(SamplingMethod.RANDOM);
    assertThat(plain.quantiles()).isEqualTo(QuantileMethod.EXACT);
    MonteCarloSpec s = read("  sampling: sobol\n  quantiles: tabulated\n");
    assertThat(s.sampling()).isEqualTo(SamplingMethod.SOBOL);
    assertThat(s.quantiles()).isEqualTo(QuantileMethod.TABULATED);
    assertThat(read("  sampling: latin-hypercube\n").sampling())
        .isEqualTo(SamplingMethod.LATIN_HYPERCUBE);
  }

  @Test
  void fleetFilesRefuseUnknownMethodsWithSuggestions() {
    assertThatThrownBy(() -> read("  sampling: latin_hypercub\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "f.yaml:14: uncertainty.sampling must be one of random, latin_hypercube, sobol; did"
                + " you mean latin_hypercube? but was 'latin_hypercub'");
    assertThatThrownBy(() -> read("  quantiles: exakt\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "f.yaml:14: uncertainty.quantiles must be one of exact, tabulated; did you mean exact?"
                + " but was 'exakt'");
    assertThatThrownBy(() -> read("  sampling: [sobol]\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("f.yaml:14: uncertainty.sampling must be text");
  }
}
