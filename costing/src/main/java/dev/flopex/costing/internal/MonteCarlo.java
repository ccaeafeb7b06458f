package dev.flopex.costing.internal;

import dev.flopex.core.random.CorrelatedSampler;
import dev.flopex.core.random.Distribution;
import dev.flopex.core.random.QuantileMethod;
import dev.flopex.core.random.SampleDesign;
import dev.flopex.core.random.SampleStatistics;
import dev.flopex.core.random.SampleSummary;
import dev.flopex.core.random.StreamingAccumulator;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.CompiledFleet;
import dev.flopex.costing.ProgressListener;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Output;
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
import org.jspecify.annotations.Nullable;

/**
 * Monte Carlo over a compiled fleet. Sample i draws its inputs from uniforms that depend on (seed,
 * i) and the sample count only (a {@link SampleDesign}: random streams, Latin hypercube or Sobol).
 * Workers take blocks of {@value #BLOCK} samples in turn; each worker owns its parameter vector,
 * evaluation and sampler scratch: nothing is allocated per sample.
 *
 * <p>Up to {@link MonteCarloSpec#EXACT_PERCENTILES_MAX_SAMPLES} samples, each output goes to slot i
 * of one array summarised by {@link SampleStatistics} (exact, from the sorted values), so results
 * are bit-identical whatever the number of threads. Above it, each block's outputs are added, in
 * block order, to one {@link StreamingAccumulator} (a worker that finishes block b waits until
 * block b &minus; 1 has been added): memory stays bounded (one block per worker and the
 * accumulator), the moments are bit-identical whatever the number of threads, and the percentiles
 * come from its KLL sketch within the stated rank error.
 *
 * <p>A run whose inputs are all per-sample parameters (the common case: prices, rates, utilisation)
 * costs each chunk of {@value #CHUNK} samples with a {@link ChunkProgram}, phase by phase over the
 * chunk, which gives the kernel's numbers bit for bit; any other run, and any chunk with a sample
 * outside the inputs' box, is costed sample by sample.
 */
public final class MonteCarlo {
  public static final int BLOCK = 4096;

  /**
   * Samples whose inputs a worker draws together, input by input ({@link
   * CorrelatedSampler#fromUniforms(double[][], int, CorrelatedSampler.Scratch, double[][])}): small
   * enough that a chunk's uniforms and inputs stay in the first-level cache (2 x 8 inputs x 256 x 8
   * bytes = 32 KiB for W3).
   */
  static final int CHUNK = 256;

  private static final java.util.Set<String> WHOLE =
      java.util.Set.of("servers", "terms.horizon_years", "terms.debt_tenor_years");

  private MonteCarlo() {}

  public static MonteCarloResult run(
      FleetKernel k, MonteCarloSpec spec, ProgressListener listener) {
    return run(k, spec, listener, MonteCarloSpec.EXACT_PERCENTILES_MAX_SAMPLES);
  }

  /**
   * Runs with another limit for exact percentiles: tests stream small runs with a low limit.
   *
   * @param exactLimit the most samples summarised exactly; above it the run streams
   */
  public static MonteCarloResult run(
      FleetKernel k, MonteCarloSpec spec, ProgressListener listener, long exactLimit) {
    long total = spec.samples();
    boolean exact = total <= Math.min(exactLimit, Integer.MAX_VALUE - 8);
    double[] out = new double[exact ? (int) total : 0];
    StreamingAccumulator acc = StreamingAccumulator.create();
    sample(k, spec, listener, 0, total, spec.threads(), exact ? out : null, acc);
    SampleSummary stats = exact ? SampleStatistics.of(out) : acc.snapshot();
    return result(k, spec, stats);
  }

  /**
   * Streams samples {@code [first, end)} of a run on the calling thread into a new accumulator,
   * drawn and chunked exactly as {@link #run} draws and chunks them: flopex-spark runs one
   * partition's share this way, and accumulators of consecutive ranges starting at multiples of
   * {@link StreamingAccumulator#GROUP}, merged in order, give the moments of the whole run bit for
   * bit.
   *
   * @param first the first sample, a multiple of {@link #BLOCK}
   * @param end the sample after the last, at most {@code spec.samples()}
   * @return the accumulator of the range's outputs
   */
  public static StreamingAccumulator stream(
      FleetKernel k, MonteCarloSpec spec, long first, long end, ProgressListener listener) {
    if (first < 0 || first % BLOCK != 0 || end < first || end > spec.samples()) {
      throw new IllegalArgumentException(
          "sample range [" + first + ", " + end + ") of " + spec.samples());
    }
    StreamingAccumulator acc = StreamingAccumulator.create();
    sample(k, spec, listener, first, end, 1, null, acc);
    return acc;
  }

  /**
   * The result of a run whose outputs {@code stats} summarises: the base output, the requested
   * percentiles and the base case's warnings.
   */
  public static MonteCarloResult result(FleetKernel k, MonteCarloSpec spec, SampleSummary stats) {
    CompiledFleet.Evaluation be = k.newEvaluation();
    k.evaluate(k.defaults(), be);
    double baseOutput = spec.output().of(be);
    Map<Double, Double> pct = new LinkedHashMap<>();
    for (double q : spec.percentiles()) {
      pct.put(q, stats.percentile(q));
    }
    return dev.flopex.costing.internal.results.ImmutableMonteCarloResult.builder()
        .spec(spec)
        .baseOutput(baseOutput)
        .statistics(stats)
        .putAllPercentiles(pct)
        .addAllWarnings(k.warnings())
        .build();
  }

  /**
   * Draws and costs samples {@code [first, end)}: into {@code out[s]} when it is given (exact runs,
   * from sample 0), else in block order into {@code acc}.
   */
  private static void sample(
      FleetKernel k,
      MonteCarloSpec spec,
      ProgressListener listener,
      long first,
      long end,
      int maxThreads,
      double @Nullable [] out,
      StreamingAccumulator acc) {
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
    // a run whose inputs are all per-sample parameters costs whole chunks inside the box at once
    @Nullable ChunkProgram program = boxed ? ChunkProgram.compile(k, base, slots, whole, lo) : null;
    Output output = spec.output();

    // the design depends on the whole run's sample count, also when this call draws a range
    SampleDesign design = SampleDesign.of(spec.sampling(), spec.seed(), spec.samples(), n);
    long total = end - first;
    boolean exact = out != null;
    InOrder inOrder = new InOrder(acc);
    long blocks = (total + BLOCK - 1) / BLOCK;
    AtomicLong nextBlock = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicBoolean cancelled = new AtomicBoolean();
    int threads = (int) Math.min(maxThreads, blocks);
    Runnable worker =
        () -> {
          double[] p = base.clone();
          CompiledFleet.Evaluation e = k.newEvaluation();
          CorrelatedSampler.Scratch scratch = sampler.newScratch();
          SampleDesign.Cursor cursor = design.newCursor();
          // a block's uniforms and inputs by input (structure of arrays): drawn and transformed
          // one input at a time over the block, then costed sample by sample; the same numbers
          // bit for bit as drawing each sample's inputs in turn
          double[][] u = new double[n][CHUNK];
          double[][] x = new double[n][CHUNK];
          ChunkProgram.Run run = program == null ? null : program.newRun(x);
          // exact: every output in its slot of out; streaming: this worker's current block
          double[] dst = out != null ? out : new double[BLOCK];
          long b;
          try {
            while ((b = nextBlock.getAndIncrement()) < blocks && !cancelled.get()) {
              if (listener.cancelled()) {
                cancelled.set(true);
                return;
              }
              long from = first + b * BLOCK;
              long to = Math.min(end, from + BLOCK);
              long offset = exact ? 0 : from;
              for (long c0 = from; c0 < to; c0 += CHUNK) {
                int count = (int) Math.min(CHUNK, to - c0);
                design.uniforms(c0, count, cursor, u);
                sampler.fromUniforms(u, count, scratch, x);
                if (run != null && inBox(x, count, lo, hi)) {
                  run.evaluate(count, output, dst, (int) (c0 - offset));
                  continue;
                }
                for (int j = 0; j < count; j++) {
                  boolean inBox = boxed;
                  for (int i = 0; i < n; i++) {
                    double v = whole[i] ? Math.rint(x[i][j]) : x[i][j];
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
                  dst[(int) (c0 + j - offset)] = output.of(e);
                }
              }
              if (!exact) {
                inOrder.add(b, dst, (int) (to - from), cancelled);
              }
              listener.progress(done.addAndGet(to - from), total);
            }
          } finally {
            if (cancelled.get() || Thread.currentThread().isInterrupted()) {
              inOrder.wake();
            }
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
          fs.add(
              pool.submit(
                  () -> {
                    try {
                      worker.run();
                    } catch (RuntimeException | Error ex) {
                      // a worker that fails releases the others waiting for their turn
                      cancelled.set(true);
                      inOrder.wake();
                      throw ex;
                    }
                  }));
        }
        // the first real failure wins over the workers it released from waiting
        RuntimeException failure = null;
        for (Future<?> f : fs) {
          try {
            f.get();
          } catch (ExecutionException ee) {
            cancelled.set(true);
            Throwable c = ee.getCause();
            if (!(c instanceof Released) && failure == null) {
              failure =
                  c instanceof RuntimeException
                      ? (RuntimeException) c
                      : new IllegalStateException(c);
            }
          }
        }
        if (failure != null) {
          throw failure;
        }
      } catch (InterruptedException ie) {
        cancelled.set(true);
        inOrder.wake();
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted");
      } finally {
        pool.shutdownNow();
      }
    }
    if (cancelled.get()) {
      throw new CancellationException(
          "Monte Carlo cancelled after " + done.get() + " of " + total + " samples");
    }
  }

  /** Whether the chunk's first {@code count} inputs all lie in {@code [lo[i], hi[i]]}. */
  private static boolean inBox(double[][] x, int count, double[] lo, double[] hi) {
    for (int i = 0; i < x.length; i++) {
      double[] v = x[i];
      double l = lo[i];
      double h = hi[i];
      for (int j = 0; j < count; j++) {
        if (!(v[j] >= l && v[j] <= h)) { // a branch taken almost never: well predicted
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Adds the workers' blocks to the accumulator in block order: a worker whose block is not next
   * waits for the blocks before it. Blocks are taken in increasing order, so every block before a
   * waiting one is held by a worker that is not waiting for it; a cancelled or failed run wakes
   * every waiting worker.
   */
  static final class InOrder {
    private final StreamingAccumulator acc;
    private long next;

    InOrder(StreamingAccumulator acc) {
      this.acc = acc;
    }

    synchronized void add(long block, double[] values, int count, AtomicBoolean cancelled) {
      while (next != block) {
        if (cancelled.get()) {
          throw new Released();
        }
        try {
          wait();
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          cancelled.set(true);
          throw new Released();
        }
      }
      try {
        acc.addAll(values, 0, count);
      } finally {
        next++;
        notifyAll();
      }
    }

    synchronized void wake() {
      notifyAll();
    }
  }

  /** Thrown in a worker released from waiting because the run was cancelled or failed. */
  static final class Released extends CancellationException {
    private static final long serialVersionUID = 1L;

    Released() {
      super("Monte Carlo cancelled");
    }
  }
}
