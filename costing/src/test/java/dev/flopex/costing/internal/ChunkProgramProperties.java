package dev.flopex.costing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.flopex.costing.AssumptionKey;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.FinancialTerms;
import dev.flopex.costing.analysis.Output;
import dev.flopex.costing.testing.DomainGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link ChunkProgram} gives the scalar kernel's numbers bit for bit: on generated fleets (every
 * costable system kind, owned and rented sites, debt and cash), with up to eight inputs drawn from
 * the per-sample parameters (prices, utilisation, power fractions, PUE, opex rates, capital
 * fractions, the decline) over random boxes, every output of every sample of a chunk equals {@link
 * FleetKernel#evaluateInBox} of that sample's parameters, compared as raw bits; and an input that a
 * staged phase reads (the system count, the horizon, a life, the WACC's parts, goodput's) makes the
 * run ineligible.
 */
class ChunkProgramProperties {

  /** The per-sample parameters, listed apart from ChunkProgram's own list on purpose. */
  static final AssumptionKey[] PER_SAMPLE = {
    AssumptionKey.IDLE_POWER_FRACTION,
    AssumptionKey.BUSY_POWER_FRACTION,
    AssumptionKey.PUE,
    AssumptionKey.ELECTRICITY_USD_PER_KWH,
    AssumptionKey.COLOCATION_USD_PER_KW_MONTH,
    AssumptionKey.SOFTWARE_USD_PER_GPU_YEAR,
    AssumptionKey.STAFF_USD_PER_MW_YEAR,
    AssumptionKey.FACILITY_STAFF_USD_PER_MW_YEAR,
    AssumptionKey.MAINTENANCE_FRACTION_OF_CAPEX_PER_YEAR,
    AssumptionKey.INSURANCE_FRACTION_OF_VALUE_PER_YEAR,
    AssumptionKey.INSTALLATION_FRACTION_OF_CAPEX,
    AssumptionKey.SPARES_FRACTION_OF_CAPEX,
    AssumptionKey.IMPORT_DUTY_FRACTION,
    AssumptionKey.SALES_TAX_FRACTION,
    AssumptionKey.RESALE_DECLINE_PER_YEAR,
  };

  private static final AssumptionKey[] STAGED = {
    AssumptionKey.STORAGE_TB_PER_GPU,
    AssumptionKey.RACK_POWER_DENSITY_KW,
    AssumptionKey.OPEX_ESCALATION_PER_YEAR,
    AssumptionKey.WARRANTY_YEARS,
    AssumptionKey.FACILITY_LIFE_YEARS,
    AssumptionKey.SERVER_USEFUL_LIFE_YEARS,
    AssumptionKey.COST_OF_EQUITY,
    AssumptionKey.RESTART_MINUTES,
  };

  @Test
  void everySampleOfAChunkIsTheScalarKernelsNumberBitForBit() {
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(120)
        .forAll(
            DomainGenerators.fleets(),
            DomainGenerators.terms(),
            SourceDSL.longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (fleet, terms, seed) -> {
              FleetKernel k = new FleetKernel(fleet, terms);
              SplittableRandom r = new SplittableRandom(seed);
              double[] base = k.defaults();
              int n = 1 + r.nextInt(8);
              int[][] slots = new int[n][];
              double[] lo = new double[n];
              double[] hi = new double[n];
              for (int i = 0; i < n; i++) {
                int rel = perSampleSlot(k, r);
                slots[i] = slotsOf(k, rel, r);
                double b = base[slots[i][0]];
                box(rel, b, r, lo, hi, i);
              }
              boolean[] whole = new boolean[n];
              if (!k.acceptsBox(base, slots, lo, hi)) {
                return; // the Monte Carlo evaluates such a run sample by sample
              }
              ChunkProgram program = ChunkProgram.compile(k, base, slots, whole, lo);
              if (program == null) {
                // only a base the scalar kernel refuses (e.g. a fabric that cannot be sized)
                assertThat(refuses(k, base, slots, lo)).isTrue();
                return;
              }
              int count = 1 + r.nextInt(MonteCarlo.CHUNK);
              double[][] x = new double[n][MonteCarlo.CHUNK];
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < count; j++) {
                  int pick = r.nextInt(10);
                  x[i][j] =
                      pick == 0
                          ? lo[i]
                          : pick == 1 ? hi[i] : lo[i] + (hi[i] - lo[i]) * r.nextDouble();
                }
              }
              ChunkProgram.Run run = program.newRun(x);
              CompiledFleet.Evaluation e = k.newEvaluation();
              double[] p = base.clone();
              for (Output out : Output.values()) {
                double[] dst = new double[count + 3];
                run.evaluate(count, out, dst, 3);
                for (int j = 0; j < count; j++) {
                  for (int i = 0; i < n; i++) {
                    for (int s : slots[i]) {
                      p[s] = x[i][j];
                    }
                  }
                  k.evaluateInBox(p, e);
                  double expected = out.of(e);
                  assertThat(Double.doubleToRawLongBits(dst[3 + j]))
                      .as("%s of sample %d: %s vs %s", out, j, dst[3 + j], expected)
                      .isEqualTo(Double.doubleToRawLongBits(expected));
                }
              }
              compared.incrementAndGet();
            });
    assertThat(compared.get()).isGreaterThan(60);
  }

  @Test
  void anInputAStagedPhaseReadsMakesTheRunIneligible() {
    qt().withExamples(40)
        .forAll(
            DomainGenerators.fleets(),
            DomainGenerators.terms(),
            SourceDSL.longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (fleet, terms, seed) -> {
              FleetKernel k = new FleetKernel(fleet, terms);
              SplittableRandom r = new SplittableRandom(seed);
              double[] base = k.defaults();
              int rel;
              switch (r.nextInt(4)) {
                case 0:
                  rel = ClusterKernel.SERVERS;
                  break;
                case 1:
                  rel = ClusterKernel.HORIZON;
                  break;
                default:
                  rel = ClusterKernel.ASSUMPTIONS + STAGED[r.nextInt(STAGED.length)].ordinal();
              }
              int[][] slots = {{perSampleSlot(k, r)}, slotsOf(k, rel, r)};
              double[] lo = {base[slots[0][0]], base[slots[1][0]]};
              assertThat(ChunkProgram.compile(k, base, slots, new boolean[2], lo)).isNull();
            });
  }

  /** A per-sample parameter slot, relative to a cluster's offset (of the first cluster). */
  private static int perSampleSlot(FleetKernel k, SplittableRandom r) {
    ClusterKernel first = k.kernels()[0];
    switch (r.nextInt(4)) {
      case 0:
        return ClusterKernel.UTILISATION;
      case 1:
        return ClusterKernel.PRICES + r.nextInt(first.defaults.length - ClusterKernel.PRICES);
      default:
        return ClusterKernel.ASSUMPTIONS + PER_SAMPLE[r.nextInt(PER_SAMPLE.length)].ordinal();
    }
  }

  /**
   * The absolute slots an input at relative slot {@code rel} writes: the first cluster's, and for a
   * parameter every cluster has, sometimes every cluster's (as a fleet-wide path does).
   */
  private static int[] slotsOf(FleetKernel k, int rel, SplittableRandom r) {
    List<Integer> out = new ArrayList<>();
    int[] offsets = k.offsets();
    out.add(offsets[0] + rel);
    if (rel < ClusterKernel.PRICES && r.nextBoolean()) {
      for (int c = 1; c < k.kernels().length; c++) {
        out.add(offsets[c] + rel);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A box around the base value {@code b}, inside the parameter's own range where it has one. */
  private static void box(int rel, double b, SplittableRandom r, double[] lo, double[] hi, int i) {
    double mid = b == 0 ? 0.05 : b;
    double a = mid * (0.5 + 0.5 * r.nextDouble());
    double z = mid * (1 + 0.5 * r.nextDouble());
    if (rel == ClusterKernel.UTILISATION) {
      a = Math.max(FinancialTerms.MIN_UTILISATION, Math.min(a, 1));
      z = Math.min(1, Math.max(z, a));
    }
    if (r.nextInt(8) == 0) {
      a = 0; // a box that reaches zero (a fraction or price of nothing), where the rules allow it
    }
    lo[i] = Math.min(a, z);
    hi[i] = Math.max(a, z);
  }

  private static boolean refuses(FleetKernel k, double[] base, int[][] slots, double[] lo) {
    double[] p = base.clone();
    for (int i = 0; i < slots.length; i++) {
      for (int s : slots[i]) {
        p[s] = lo[i];
      }
    }
    try {
      k.evaluate(p, k.newEvaluation());
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }
}
