import dev.flopex.benchmarks.MonteCarloBenchmark;
import dev.flopex.costing.analysis.MonteCarloResult;
import dev.flopex.core.random.SampleSummary;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * W3's CPU time per analysis and the bits of its result, to compare two benchmarks jars run
 * alternately on a loaded machine, where CPU time is less disturbed than wall time (process CPU
 * time over the measured analyses, both Monte Carlo threads included). Run with Java's
 * single-file launcher:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar benchmarks/peers/W3CpuTime.java 5 10 [TABULATED|EXACT]
 * </pre>
 *
 * Prints the wall median and minimum, the CPU time per analysis, the load average, and the raw
 * bits of the mean, standard deviation, P5, P50, P95, min and max (equal bits: the same numbers).
 */
public class W3CpuTime {
  public static void main(String[] a) {
    int warm = Integer.parseInt(a[0]);
    int reps = Integer.parseInt(a[1]);
    MonteCarloBenchmark b = new MonteCarloBenchmark();
    b.samples = 1_000_000;
    b.quantiles = a.length > 2 ? a[2] : "TABULATED";
    b.setUp();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    MonteCarloResult r = null;
    for (int i = 0; i < warm; i++) {
      r = b.monteCarlo();
    }
    double[] wall = new double[reps];
    long c0 = os.getProcessCpuTime();
    for (int i = 0; i < reps; i++) {
      long t = System.nanoTime();
      r = b.monteCarlo();
      wall[i] = (System.nanoTime() - t) / 1e6;
    }
    long c1 = os.getProcessCpuTime();
    Arrays.sort(wall);
    SampleSummary s = r.statistics();
    System.out.printf(
        "wall median %.1f ms (min %.1f)  cpu/op %.1f ms  load %.2f%n",
        wall[reps / 2], wall[0], (c1 - c0) / 1e6 / reps, os.getSystemLoadAverage());
    double[] v = {s.mean(), s.standardDeviation(), s.p5(), s.p50(), s.p95(), s.min(), s.max()};
    StringBuilder bits = new StringBuilder("bits mean, sd, p5, p50, p95, min, max:");
    for (double x : v) {
      bits.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(x)));
    }
    System.out.println(bits);
  }
}
