package dev.flopex.core.random;

/**
 * Count, extremes, compensated sum, mean and the scaled sum of squared deviations of a run of
 * values: the mergeable moments of {@link StreamingAccumulator}. A chunk of values is summarised by
 * the corrected two-pass algorithm (Chan, Golub and LeVeque 1983) on values scaled by a power of
 * two; summaries are merged with Chan's pairwise update. Both steps are deterministic, so the
 * result depends only on the values, how they were chunked and the order of the merges. Mutable;
 * not thread-safe.
 */
final class Moments {
  /** The scale of a summary whose values are all zero (or that is empty). */
  static final int ZERO = Integer.MIN_VALUE;

  long count;
  double min = Double.POSITIVE_INFINITY;
  double max = Double.NEGATIVE_INFINITY;

  /** The compensated sum of the values, added chunk by chunk in order. */
  final Numerics.Sum sum = new Numerics.Sum();

  /**
   * The running mean (Chan's update of the chunk means), as a double-double {@code chanMean +
   * chanMeanLow}: the difference of two means must keep its digits when the values sit far from
   * zero (1e9 + a spread of 5 loses ten digits in a plain double), and the mean when {@link #sum}
   * overflows.
   */
  double chanMean;

  double chanMeanLow;

  /** The sum of squared deviations from the mean, divided by {@code 2^(2 scale)}. */
  double scaledM2;

  /** The binary exponent of the largest magnitude, or {@link #ZERO}. */
  int scale = ZERO;

  /** Summarises {@code values[from..to)}, finite and non-empty. */
  static Moments of(double[] values, int from, int to) {
    Moments m = new Moments();
    int n = to - from;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      double x = values[i];
      m.sum.add(x);
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    double mean = m.sum.value() / n;
    if (!Double.isFinite(mean)) {
      Numerics.Sum s = new Numerics.Sum();
      for (int i = from; i < to; i++) {
        s.add(values[i] / n);
      }
      mean = s.value();
    }
    mean = Math.max(lo, Math.min(hi, mean)) + 0.0;
    m.count = n;
    m.min = lo;
    m.max = hi;
    m.chanMean = mean;
    if (Double.isFinite(m.sum.rawSum())) {
      // the mean's low part: (sum - n mean) / n, the first difference exact by fma
      double low = (Math.fma(-mean, n, m.sum.rawSum()) + m.sum.rawCompensation()) / n;
      m.chanMeanLow = Double.isFinite(low) ? low : 0;
    }
    double magnitude = Math.max(Math.abs(lo), Math.abs(hi));
    if (magnitude == 0) {
      return m;
    }
    int e = Math.getExponent(magnitude);
    double scaledMean = Math.scalb(mean, -e);
    Numerics.Sum squares = new Numerics.Sum();
    Numerics.Sum deviations = new Numerics.Sum();
    for (int i = from; i < to; i++) {
      double d = Math.scalb(values[i], -e) - scaledMean;
      squares.add(d * d);
      deviations.add(d);
    }
    double correction = deviations.value() * deviations.value() / n;
    m.scaledM2 = Math.max(0, squares.value() - correction);
    m.scale = e;
    return m;
  }

  /** Appends {@code b}'s values after this summary's (Chan's update); {@code b} is unchanged. */
  void merge(Moments b) {
    if (b.count == 0) {
      return;
    }
    if (count == 0) {
      count = b.count;
      min = b.min;
      max = b.max;
      sum.add(b.sum);
      chanMean = b.chanMean;
      chanMeanLow = b.chanMeanLow;
      scaledM2 = b.scaledM2;
      scale = b.scale;
      return;
    }
    long n = count + b.count;
    int e = Math.max(scale, b.scale);
    if (e != ZERO) {
      double a2 = scale == ZERO ? 0 : Math.scalb(scaledM2, 2 * (scale - e));
      double b2 = b.scale == ZERO ? 0 : Math.scalb(b.scaledM2, 2 * (b.scale - e));
      double ma = Math.scalb(chanMean, -e);
      double la = Math.scalb(chanMeanLow, -e);
      double delta = (Math.scalb(b.chanMean, -e) - ma) + (Math.scalb(b.chanMeanLow, -e) - la);
      scaledM2 = a2 + b2 + delta * delta * ((double) count / n * b.count);
      // mean + delta nb / n in double-double (Knuth's two-sum for the high parts)
      double t = delta * ((double) b.count / n);
      double hi = ma + t;
      double bv = hi - ma;
      double err = (ma - (hi - bv)) + (t - bv);
      double lo = la + err;
      double h = hi + lo;
      chanMean = Math.scalb(h, e);
      chanMeanLow = Math.scalb(lo - (h - hi), e);
    }
    scale = e;
    count = n;
    min = Math.min(min, b.min);
    max = Math.max(max, b.max);
    sum.add(b.sum);
  }

  /** The mean: the compensated sum over n, or Chan's running mean if the sum overflowed. */
  double mean() {
    double m = sum.value() / count;
    if (!Double.isFinite(m)) {
      m = chanMean + chanMeanLow;
    }
    return Math.max(min, Math.min(max, m)) + 0.0;
  }

  /** The sample standard deviation (divisor n - 1); NaN for one value. */
  double standardDeviation() {
    if (count < 2) {
      return Double.NaN;
    }
    if (scale == ZERO) {
      return 0;
    }
    return Math.scalb(Math.sqrt(scaledM2 / (count - 1)), scale);
  }

  void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeLong(count);
    out.writeDouble(min);
    out.writeDouble(max);
    out.writeDouble(sum.rawSum());
    out.writeDouble(sum.rawCompensation());
    out.writeDouble(chanMean);
    out.writeDouble(chanMeanLow);
    out.writeDouble(scaledM2);
    out.writeInt(scale);
  }

  static Moments read(java.io.DataInputStream in) throws java.io.IOException {
    Moments m = new Moments();
    m.count = in.readLong();
    m.min = in.readDouble();
    m.max = in.readDouble();
    double s = in.readDouble();
    m.sum.restore(s, in.readDouble());
    m.chanMean = in.readDouble();
    m.chanMeanLow = in.readDouble();
    m.scaledM2 = in.readDouble();
    m.scale = in.readInt();
    return m;
  }

  Moments copy() {
    Moments m = new Moments();
    m.merge(this);
    return m;
  }
}
