package dev.flopex.costing.internal;

import dev.flopex.core.random.CorrelatedSampler;
import dev.flopex.core.random.Distribution;
import dev.flopex.core.random.QuantileMethod;
import dev.flopex.core.random.SampleDesign;
import dev.flopex.core.random.SampleStatistics;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.UncertainInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Monte Carlo over a compiled fleet. Sample i draws its inputs from uniforms that depend on (seed,
 * i) and the sample count only (a {@link SampleDesign}: random streams, Latin hypercube or Sobol),
 * and writes its output to slot i of one array, so results are bit-identical whatever the number of
 * threads or how the samples are split between them. Each worker owns its parameter vector,
 * evaluation and sampler scratch: nothing is allocated per sample.
 */
public final class MonteCarlo {
  public static final int BLOCK = 4096;
  private static final java.util.Set<String> WHOLE =
      java.util.Set.of("servers", "terms.horizon_years", "terms.debt_tenor_years");

  private MonteCarlo() {}

  public static MonteCarloResult run(
      FleetKernel k, MonteCarloSpec spec, ProgressListener listener) {
    List<UncertainInput> inputs = spec.inputs();
    int n = inputs.size();
    int[][] slots = new int[n][];
    boolean[] whole = new boolean[n];
    List<Distribution> marginals = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String path = inputs.get(i).path();
      slots[i] = k.slots(path);
      String bare =
          path.startsWith("clusters.")
              ? path.substring(path.indexOf('.', "clusters.".length()) + 1)
              : path;
      whole[i] = WHOLE.contains(bare);
      Distribution d = inputs.get(i).distribution();
      marginals.add(spec.quantiles() == QuantileMethod.TABULATED ? d.tabulated() : d);
    }
    CorrelatedSampler sampler;
    if (spec.correlation().isEmpty()) {
      sampler = CorrelatedSampler.independent(marginals);
    } else {
      double[][] m = new double[n][];
      for (int r = 0; r < n; r++) {
        List<Double> row = spec.correlation().get(r);
        if (row.size() != n) {
          throw new ValidationException(
              "correlation[" + r + "]",
              row.size() + " entries",
              "must have one entry per input (" + n + ")");
        }
        m[r] = row.stream().mapToDouble(Double::doubleValue).toArray();
      }
      sampler = CorrelatedSampler.of(marginals, m);
    }
    double[] base = k.defaults();
    CompiledFleet.Evaluation be = k.newEvaluation();
    k.evaluate(base, be);
    double baseOutput = spec.output().of(be);
    // the inputs' supports, checked once: a sample inside this box skips the per-parameter rules
    // (each sample still checks that it is inside; one outside is checked in full)
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      lo[i] = marginals.get(i).quantile(0);
      hi[i] = marginals.get(i).quantile(1);
      if (whole[i]) {
        lo[i] = Math.rint(lo[i]);
        hi[i] = Math.rint(hi[i]);
      }
    }
    boolean boxed = k.acceptsBox(base, slots, lo, hi);

    int total = spec.samples();
    SampleDesign design = SampleDesign.of(spec.sampling(), spec.seed(), total, n);
    double[] out = new double[total];
    int blocks = (total + BLOCK - 1) / BLOCK;
    AtomicLong nextBlock = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicBoolean cancelled = new AtomicBoolean();
    int threads = Math.min(spec.threads(), blocks);
    Runnable worker =
        () -> {
          double[] p = base.clone();
          double[] x = new double[n];
          CompiledFleet.Evaluation e = k.newEvaluation();
          CorrelatedSampler.Scratch scratch = sampler.newScratch();
          SampleDesign.Cursor cursor = design.newCursor();
          double[] u = new double[n];
          long b;
          while ((b = nextBlock.getAndIncrement()) < blocks && !cancelled.get()) {
            if (listener.cancelled()) {
              cancelled.set(true);
              return;
            }
            int from = (int) (b * BLOCK);
            int to = Math.min(total, from + BLOCK);
            for (int s = from; s < to; s++) {
              design.uniforms(s, cursor, u);
              sampler.fromUniforms(u, scratch, x);
              boolean inBox = boxed;
              for (int i = 0; i < n; i++) {
                double v = whole[i] ? Math.rint(x[i]) : x[i];
                inBox &= v >= lo[i] && v <= hi[i];
                for (int slot : slots[i]) {
                  p[slot] = v;
                }
              }
              if (inBox) {
                k.evaluateInBox(p, e);
              } else {
                k.evaluate(p, e);
              }
              out[s] = spec.output().of(e);
            }
            listener.progress(done.addAndGet(to - from), total);
          }
        };
    if (threads <= 1) {
      worker.run();
    } else {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "flopex-montecarlo");
                t.setDaemon(true);
                return t;
              });
      try {
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          fs.add(pool.submit(worker));
        }
        for (Future<?> f : fs) {
          f.get();
        }
      } catch (InterruptedException ie) {
        cancelled.set(true);
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted");
      } catch (ExecutionException ee) {
        cancelled.set(true);
        Throwable c = ee.getCause();
        if (c instanceof RuntimeException) {
          throw (RuntimeException) c;
        }
        throw new IllegalStateException(c);
      } finally {
        pool.shutdownNow();
      }
    }
    if (cancelled.get()) {
      throw new CancellationException(
          "Monte Carlo cancelled after " + done.get() + " of " + total + " samples");
    }
    SampleStatistics stats = SampleStatistics.of(out);
    Map<Double, Double> pct = new LinkedHashMap<>();
    for (double q : spec.percentiles()) {
      pct.put(q, stats.percentile(q));
    }
    return MonteCarloResult.builder()
        .spec(spec)
        .baseOutput(baseOutput)
        .statistics(stats)
        .putAllPercentiles(pct)
        .addAllWarnings(k.warnings())
        .build();
  }
}
