package dev.flopex.core.random;

import com.google.common.base.Preconditions;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.flopex.core.validation.Check;
import dev.flopex.core.validation.ValidationException;
import java.util.List;

/**
 * Draws vectors of inputs whose marginal distributions are given and whose Spearman rank
 * correlations hit given targets, through a Gaussian copula. Immutable and thread-safe.
 *
 * <pre>{@code
 * CorrelatedSampler inputs = CorrelatedSampler.of(
 *     List.of(Distribution.pert(22_000, 25_000, 34_000),      // GPU price
 *             Distribution.triangular(0.55, 0.7, 0.8),        // utilisation
 *             Distribution.lognormalFromMeanAndSd(0.09, 0.02)),// electricity price
 *     new double[][] {{1, -0.4, 0}, {-0.4, 1, 0}, {0, 0, 1}}); // Spearman targets
 *
 * CorrelatedSampler.Scratch scratch = inputs.newScratch();    // one per thread
 * double[] x = new double[3];                                 // one per thread
 * for (long i = from; i < to; i++) {
 *   inputs.sample(seed, i, scratch, x);                       // no allocation per sample
 *   ...
 * }
 * }</pre>
 *
 * <p><b>Method.</b> For sample {@code i}: draw {@code n} independent uniforms {@code u_j} from
 * {@link Rng#stream(long, long) Rng.stream(seed, i)}, turn them into standard normals {@code z_j =
 * Phi^-1(u_j)}, correlate them as {@code y = L z} where {@code L L^T = R} is the Cholesky factor of
 * the normal correlation matrix {@code R}, and return {@code x_j = F_j^-1(Phi(y_j))}. The marginals
 * are exactly the given distributions, and the dependence is that of the multivariate normal (the
 * "normal-to-anything" or NORTA construction: Cario and Nelson 1997; Clemen and Reilly 1999 for the
 * use of Spearman targets in decision analysis).
 *
 * <p>{@link #fromUniforms(double[], Scratch, double[])} runs the same steps on uniforms from
 * elsewhere: a Latin hypercube or scrambled Sobol point of a {@link SampleDesign}.
 *
 * <p>Rank correlation is invariant under the increasing maps {@code F_j^-1(Phi(.))}, so the
 * Spearman correlation of {@code x_j, x_k} equals that of the normals {@code y_j, y_k}, which for a
 * bivariate normal with Pearson correlation {@code r} is {@code (6 / pi) asin(r / 2)} (Pearson
 * 1907; Kruskal 1958). The sampler therefore converts each Spearman target {@code rho_s} to {@code
 * r = 2 sin(pi rho_s / 6)} and uses those as {@code R}. The targets are hit exactly in the limit
 * for continuous marginals; ties in a discrete marginal pull the achieved rank correlation towards
 * 0.
 *
 * <p>This is the Gaussian copula rather than the Iman&ndash;Conover (1982) method, which reorders a
 * whole batch of independently drawn samples to match target ranks: that needs the batch, whereas
 * here each sample is a function of {@code (seed, i)} alone, so results are bit-identical however
 * the samples are split across threads. The two agree in the limit of many samples (Iman and
 * Conover also use normal scores).
 *
 * <p><b>Validation.</b> The matrix must be square with one row per marginal, symmetric within
 * 1e-12, with a unit diagonal and entries in [-1, 1], and positive semi-definite both as given and
 * after the conversion to {@code R} (checked by a Cholesky factorisation that treats pivots within
 * 1e-10 of zero as zero, so perfectly correlated inputs are allowed). Otherwise {@link
 * ValidationException}: {@code "correlation[1][0] must equal correlation[0][1] (0.5) within 1e-12
 * but was 0.4"}, {@code "correlation must be positive semi-definite but was a matrix whose leading
 * minor 3 is negative (Cholesky pivot -15.2)"}.
 *
 * <p><b>Tails.</b> A uniform is never 0 or 1, so {@code z} stays within about &plusmn;8.2; {@code
 * Phi(y)} is clamped to {@code [2^-1022, 1 - 2^-53]} so that an unbounded marginal never returns an
 * infinity.
 *
 * @since 0.1
 */
public final class CorrelatedSampler {
  /** Tolerance for symmetry of the correlation matrix. */
  public static final double SYMMETRY_TOLERANCE = 1e-12;

  /** Cholesky pivots within this of zero count as zero (a semi-definite direction). */
  static final double PIVOT_TOLERANCE = 1e-10;

  private static final double MAX_U = 1 - 0x1.0p-53;

  private final Distribution[] marginals;
  private final int n;
  private final double[][] spearman;
  private final double[][] normalCorrelation;

  /** The lower-triangular Cholesky factor, row by row: row i holds L[i][0..i]. */
  private final double[] cholesky;

  /** Whether row i of L is the unit vector e_i, so that x_i = F_i^-1(u_i) directly. */
  private final boolean[] independent;

  /** Whether z_i is needed: by row i itself or by a later row. */
  private final boolean[] needsNormal;

  private final ThreadLocal<Scratch> threadScratch;

  /**
   * Per-thread working storage for {@link #sample(long, long, Scratch, double[])} and {@link
   * #fromUniforms(double[], Scratch, double[])}: a generator and two arrays. Create one per thread
   * with {@link #newScratch()}; not thread-safe.
   */
  public static final class Scratch {
    private final Rng rng = Rng.of(0);
    private final double[] z;
    private final double[] u;
    private final double[] x;

    private Scratch(int dimension) {
      this.z = new double[dimension];
      this.u = new double[dimension];
      this.x = new double[dimension];
    }

    /**
     * Returns the dimension this scratch serves.
     *
     * @return the number of inputs
     */
    public int dimension() {
      return z.length;
    }
  }

  private CorrelatedSampler(List<Distribution> marginals, double[][] spearman) {
    Preconditions.checkNotNull(marginals, "marginals");
    Preconditions.checkNotNull(spearman, "correlation");
    this.n = marginals.size();
    Check.positive(n, "marginals.size");
    this.marginals = new Distribution[n];
    for (int i = 0; i < n; i++) {
      this.marginals[i] = Preconditions.checkNotNull(marginals.get(i), "marginals[%s]", i);
    }
    this.spearman = validate(spearman, n);
    checkPositiveSemiDefinite(this.spearman, "correlation", "must be positive semi-definite");
    this.normalCorrelation = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        normalCorrelation[i][j] = spearmanToPearson(this.spearman[i][j]);
      }
    }
    double[][] l =
        checkPositiveSemiDefinite(
            normalCorrelation,
            "correlation",
            "must be positive semi-definite after conversion to normal correlations r = 2 sin(pi"
                + " rho / 6)");
    this.cholesky = new double[n * (n + 1) / 2];
    this.independent = new boolean[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      boolean unit = l[i][i] == 1;
      for (int j = 0; j <= i; j++) {
        cholesky[k++] = l[i][j];
        if (j < i && l[i][j] != 0) {
          unit = false;
        }
      }
      independent[i] = unit;
    }
    this.needsNormal = new boolean[n];
    for (int i = 0; i < n; i++) {
      needsNormal[i] = !independent[i];
      for (int r = i + 1; r < n; r++) {
        needsNormal[i] |= l[r][i] != 0;
      }
    }
    this.threadScratch = ThreadLocal.withInitial(this::newScratch);
  }

  /**
   * Creates a sampler for the given marginals and Spearman rank correlation targets.
   *
   * @param marginals the distributions of the inputs, at least one
   * @param spearman the target rank correlations: {@code n x n}, symmetric, unit diagonal, entries
   *     in [-1, 1], positive semi-definite; copied
   * @return the sampler
   * @throws ValidationException if the matrix breaks a rule; see the class documentation
   * @throws NullPointerException if an argument or a marginal is null
   */
  public static CorrelatedSampler of(List<Distribution> marginals, double[][] spearman) {
    return new CorrelatedSampler(marginals, spearman);
  }

  /**
   * Creates a sampler for independent inputs: {@code out[j] = marginals[j].sample(rng)} in order
   * from the sample's stream, with no normal transform at all.
   *
   * @param marginals the distributions of the inputs, at least one
   * @return the sampler
   * @throws ValidationException if {@code marginals} is empty
   * @throws NullPointerException if {@code marginals} or a marginal is null
   */
  public static CorrelatedSampler independent(List<Distribution> marginals) {
    Preconditions.checkNotNull(marginals, "marginals");
    int n = marginals.size();
    double[][] identity = new double[n][n];
    for (int i = 0; i < n; i++) {
      identity[i][i] = 1;
    }
    return new CorrelatedSampler(marginals, identity);
  }

  /**
   * Converts a Spearman rank correlation of a bivariate normal to its Pearson correlation, {@code r
   * = 2 sin(pi rho_s / 6)}; exact at -1, 0 and 1.
   *
   * @param spearman the rank correlation, in [-1, 1]
   * @return the Pearson correlation, in [-1, 1]
   */
  public static double spearmanToPearson(double spearman) {
    if (spearman == 1 || spearman == -1 || spearman == 0) {
      return spearman + 0.0;
    }
    return 2 * Math.sin(Math.PI * spearman / 6);
  }

  private static double[][] validate(double[][] matrix, int n) {
    if (matrix.length != n) {
      throw new ValidationException(
          "correlation.length",
          Integer.toString(matrix.length),
          "must be " + n + " (the number of marginals)");
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      Preconditions.checkNotNull(matrix[i], "correlation[%s]", i);
      if (matrix[i].length != n) {
        throw new ValidationException(
            "correlation[" + i + "].length", Integer.toString(matrix[i].length), "must be " + n);
      }
      copy[i] = matrix[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        String field = "correlation[" + i + "][" + j + "]";
        double v = Check.inClosedRange(copy[i][j], -1, 1, field, "");
        if (i == j && v != 1) {
          throw new ValidationException(field, Check.format(v), "must be 1");
        }
        if (j < i && !(Math.abs(v - copy[j][i]) <= SYMMETRY_TOLERANCE)) {
          throw new ValidationException(
              field,
              Check.format(v),
              "must equal correlation["
                  + j
                  + "]["
                  + i
                  + "] ("
                  + Check.format(copy[j][i])
                  + ") within 1e-12");
        }
      }
    }
    // use the lower triangle for both halves
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        copy[i][j] = copy[j][i] + 0.0;
      }
    }
    return copy;
  }

  /**
   * Cholesky factorisation {@code A = L L^T} of a symmetric matrix with unit diagonal, allowing
   * pivots within {@link #PIVOT_TOLERANCE} of zero (then the column below must vanish too). Returns
   * the factor L.
   */
  @CanIgnoreReturnValue
  static double[][] checkPositiveSemiDefinite(double[][] a, String field, String rule) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double pivot = a[j][j];
      for (int k = 0; k < j; k++) {
        pivot -= l[j][k] * l[j][k];
      }
      if (pivot < -PIVOT_TOLERANCE) {
        throw new ValidationException(
            field,
            "a matrix whose leading minor "
                + (j + 1)
                + " is negative (Cholesky pivot "
                + Check.format(roundForMessage(pivot))
                + ")",
            rule);
      }
      if (pivot <= PIVOT_TOLERANCE) {
        // a direction already spanned by the earlier rows: the rest of the column must be 0
        for (int i = j + 1; i < n; i++) {
          double t = a[i][j];
          for (int k = 0; k < j; k++) {
            t -= l[i][k] * l[j][k];
          }
          if (Math.abs(t) > Math.sqrt(PIVOT_TOLERANCE)) {
            throw new ValidationException(
                field,
                "a matrix whose principal minor of rows 0.."
                    + j
                    + " and "
                    + i
                    + " is negative (row "
                    + j
                    + " is fully determined by the rows before it, row "
                    + i
                    + " is not consistent with it)",
                rule);
          }
        }
        continue;
      }
      double d = Math.sqrt(pivot);
      l[j][j] = d;
      for (int i = j + 1; i < n; i++) {
        double t = a[i][j];
        for (int k = 0; k < j; k++) {
          t -= l[i][k] * l[j][k];
        }
        l[i][j] = t / d;
      }
    }
    return l;
  }

  private static double roundForMessage(double x) {
    return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", x));
  }

  /**
   * Returns the number of inputs.
   *
   * @return the dimension
   */
  public int dimension() {
    return n;
  }

  /**
   * Returns the marginal distributions.
   *
   * @return an immutable list
   */
  public List<Distribution> marginals() {
    return List.of(marginals);
  }

  /**
   * Returns the target Spearman rank correlations (symmetrised from the lower triangle).
   *
   * @return a copy
   */
  public double[][] spearmanCorrelation() {
    return deepCopy(spearman);
  }

  /**
   * Returns the Pearson correlations of the underlying normals, {@code 2 sin(pi rho_s / 6)}.
   *
   * @return a copy
   */
  public double[][] normalCorrelation() {
    return deepCopy(normalCorrelation);
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /**
   * Creates working storage for one thread.
   *
   * @return a new scratch of this sampler's dimension
   */
  public Scratch newScratch() {
    return new Scratch(n);
  }

  /**
   * Writes sample {@code sampleIndex} of the run {@code seed} into {@code out[0..dimension)}. The
   * result depends only on {@code (seed, sampleIndex)} and this sampler, never on the scratch's
   * history or the thread. Allocates nothing.
   *
   * @param seed the run's seed
   * @param sampleIndex the sample number
   * @param scratch this thread's scratch, of this sampler's dimension
   * @param out where to write; at least {@code dimension()} long
   * @throws ValidationException "scratch.dimension must be 3 but was 2", or "out.length must be >=
   *     3 but was 2"
   * @throws NullPointerException if {@code scratch} or {@code out} is null
   */
  public void sample(long seed, long sampleIndex, Scratch scratch, double[] out) {
    checkBuffers(scratch, out);
    Rng rng = scratch.rng;
    double[] u = scratch.u;
    rng.reseed(seed, sampleIndex);
    for (int i = 0; i < n; i++) {
      u[i] = rng.nextOpenDouble();
    }
    transform(u, scratch.z, out);
  }

  /**
   * Writes the input vector of given uniforms into {@code out[0..dimension)}: step 2 onwards of the
   * method in the class documentation, with {@code u_j = uniforms[j]} in place of the sample's
   * random stream. With the uniforms of {@link SampleDesign} (a Latin hypercube or a scrambled
   * Sobol point) the marginals and the rank correlation are those of {@link #sample(long, long,
   * Scratch, double[])}; with {@code Rng.stream(seed, i)}'s numbers the result is the same bit for
   * bit. Allocates nothing.
   *
   * @param uniforms one number per input, each in the open interval (0, 1); at least {@code
   *     dimension()} long
   * @param scratch this thread's scratch, of this sampler's dimension
   * @param out where to write; at least {@code dimension()} long
   * @throws ValidationException "uniforms[1] must be in (0, 1) but was 1", "uniforms.length must be
   *     >= 3 but was 2", "scratch.dimension must be 3 but was 2", "out.length must be >= 3 but was
   *     2"
   * @throws NullPointerException if an argument is null
   * @since 0.4
   */
  public void fromUniforms(double[] uniforms, Scratch scratch, double[] out) {
    checkBuffers(scratch, out);
    if (uniforms.length < n) {
      throw new ValidationException(
          "uniforms.length", Integer.toString(uniforms.length), "must be >= " + n);
    }
    for (int i = 0; i < n; i++) {
      double u = uniforms[i];
      if (!(u > 0 && u < 1)) {
        throw new ValidationException("uniforms[" + i + "]", Check.format(u), "must be in (0, 1)");
      }
    }
    transform(uniforms, scratch.z, out);
  }

  /**
   * The block form of {@link #fromUniforms(double[], Scratch, double[])}, by input: for each sample
   * {@code k < count}, reads its uniforms {@code uniforms[j][k]} and writes its input vector to
   * {@code out[j][k]}, the same values bit for bit as {@code fromUniforms} of that sample's
   * uniforms. Independent inputs are transformed one input at a time over the whole block, in a
   * loop specialised to the input's distribution (a Monte Carlo block's quantiles in tight loops
   * instead of one call per input and sample); correlated ones sample by sample. Allocates nothing.
   *
   * @param uniforms per input, the block's uniforms, each in the open interval (0, 1); at least
   *     {@code dimension()} arrays of at least {@code count}
   * @param count the samples in the block, {@code >= 0}
   * @param scratch this thread's scratch, of this sampler's dimension
   * @param out per input, where to write; at least {@code dimension()} arrays of at least {@code
   *     count}
   * @throws ValidationException "uniforms[1][7] must be in (0, 1) but was 1", "uniforms.length must
   *     be >= 3 but was 2", "uniforms[1].length must be >= 4096 but was 10", "count must be >= 0
   *     but was -1", and the same for {@code out} and {@code scratch}
   * @throws NullPointerException if an argument or one of its arrays is null
   * @since 0.5
   */
  public void fromUniforms(double[][] uniforms, int count, Scratch scratch, double[][] out) {
    Check.that(count >= 0, "count", Integer.toString(count), "must be >= 0");
    checkBlock(uniforms, count, "uniforms");
    checkBlock(out, count, "out");
    if (scratch.z.length != n) {
      throw new ValidationException(
          "scratch.dimension", Integer.toString(scratch.z.length), "must be " + n);
    }
    for (int i = 0; i < n; i++) {
      double[] u = uniforms[i];
      for (int k = 0; k < count; k++) {
        if (!(u[k] > 0 && u[k] < 1)) {
          throw new ValidationException(
              "uniforms[" + i + "][" + k + "]", Check.format(u[k]), "must be in (0, 1)");
        }
      }
    }
    boolean allIndependent = true;
    for (int i = 0; i < n; i++) {
      allIndependent &= independent[i] && !needsNormal[i];
    }
    if (allIndependent) {
      for (int i = 0; i < n; i++) {
        quantiles(marginals[i], uniforms[i], out[i], count);
      }
      return;
    }
    double[] u = scratch.u;
    double[] x = scratch.x;
    for (int k = 0; k < count; k++) {
      for (int i = 0; i < n; i++) {
        u[i] = uniforms[i][k];
      }
      transform(u, scratch.z, x);
      for (int i = 0; i < n; i++) {
        out[i][k] = x[i];
      }
    }
  }

  private void checkBlock(double[][] block, int count, String name) {
    if (block.length < n) {
      throw new ValidationException(
          name + ".length", Integer.toString(block.length), "must be >= " + n);
    }
    for (int i = 0; i < n; i++) {
      if (block[i].length < count) {
        throw new ValidationException(
            name + "[" + i + "].length", Integer.toString(block[i].length), "must be >= " + count);
      }
    }
  }

  /**
   * {@code out[k] = d.quantile(u[k])} for {@code k < count}, in a loop specialised to the common
   * distributions so that each call is to one final class's method (inlined), not a call through
   * the interface per value. The same values bit for bit as the calls one by one.
   */
  static void quantiles(Distribution d, double[] u, double[] out, int count) {
    if (d instanceof TabulatedQuantile) {
      TabulatedQuantile t = (TabulatedQuantile) d;
      for (int k = 0; k < count; k++) {
        out[k] = t.quantile(u[k]);
      }
    } else if (d instanceof Triangular) {
      Triangular t = (Triangular) d;
      for (int k = 0; k < count; k++) {
        out[k] = t.quantile(u[k]);
      }
    } else if (d instanceof Uniform) {
      Uniform t = (Uniform) d;
      for (int k = 0; k < count; k++) {
        out[k] = t.quantile(u[k]);
      }
    } else if (d instanceof Pert) {
      Pert t = (Pert) d;
      for (int k = 0; k < count; k++) {
        out[k] = t.quantile(u[k]);
      }
    } else {
      for (int k = 0; k < count; k++) {
        out[k] = d.quantile(u[k]);
      }
    }
  }

  private void checkBuffers(Scratch scratch, double[] out) {
    if (scratch.z.length != n) {
      throw new ValidationException(
          "scratch.dimension", Integer.toString(scratch.z.length), "must be " + n);
    }
    if (out.length < n) {
      throw new ValidationException("out.length", Integer.toString(out.length), "must be >= " + n);
    }
  }

  /** Steps 2 to 4: uniforms to normals, the Cholesky factor, the marginals' quantiles. */
  private void transform(double[] uniforms, double[] z, double[] out) {
    int row = 0;
    for (int i = 0; i < n; i++) {
      double u = uniforms[i];
      if (needsNormal[i]) {
        z[i] = SpecialFunctions.normalQuantile(u);
      }
      if (independent[i]) {
        out[i] = marginals[i].quantile(u);
      } else {
        double y = 0;
        for (int j = 0; j <= i; j++) {
          y += cholesky[row + j] * z[j];
        }
        double v = SpecialFunctions.normalCdf(y);
        out[i] = marginals[i].quantile(Math.max(Double.MIN_NORMAL, Math.min(MAX_U, v)));
      }
      row += i + 1;
    }
  }

  /**
   * As {@link #sample(long, long, Scratch, double[])} with a scratch kept per thread by this
   * sampler (a {@link ThreadLocal}, created on a thread's first call). Allocates nothing after that
   * first call; prefer the explicit scratch in pools of short-lived threads.
   *
   * @param seed the run's seed
   * @param sampleIndex the sample number
   * @param out where to write; at least {@code dimension()} long
   * @throws ValidationException "out.length must be >= 3 but was 2"
   * @throws NullPointerException if {@code out} is null
   */
  public void sample(long seed, long sampleIndex, double[] out) {
    sample(seed, sampleIndex, threadScratch.get(), out);
  }

  @Override
  public String toString() {
    return "CorrelatedSampler[dimension=" + n + "]";
  }
}
