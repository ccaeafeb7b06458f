package dev.flopex.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Every benchmark sets up and runs once with each of its parameter values (Monte Carlo with few
 * samples): a benchmark whose workload the catalog or the engine now refuses fails the build, not
 * the next person who measures. Not a speed measurement: timings come only from JMH.
 */
class BenchmarkSetupTest {
  private static final List<Class<?>> BENCHMARKS =
      List.of(
          ClusterTcoBenchmark.class,
          FleetRollupBenchmark.class,
          MonteCarloBenchmark.class,
          CatalogBenchmark.class,
          ReportBenchmark.class);

  @Test
  void everyBenchmarkSetsUpAndRunsOnce() throws Exception {
    for (Class<?> c : BENCHMARKS) {
      Field param = null;
      for (Field f : c.getFields()) {
        if (f.isAnnotationPresent(Param.class)) {
          param = f;
        }
      }
      String[] values =
          param == null ? new String[] {""} : param.getAnnotation(Param.class).value();
      for (String value : values) {
        Object b = c.getConstructor().newInstance();
        for (Field f : c.getFields()) {
          if (f.isAnnotationPresent(Param.class)) {
            String v = f == param ? value : f.getAnnotation(Param.class).value()[0];
            if (f.getType() == int.class) {
              f.setInt(b, Math.min(Integer.parseInt(v), 20_000)); // samples: a smoke run
            } else {
              f.set(b, v);
            }
          }
        }
        for (Method m : c.getMethods()) {
          if (m.isAnnotationPresent(Setup.class)) {
            m.invoke(b);
          }
        }
        int ran = 0;
        for (Method m : c.getMethods()) {
          if (m.isAnnotationPresent(Benchmark.class)) {
            Object result = m.invoke(b);
            assertThat(result).as("%s.%s(%s)", c.getSimpleName(), m.getName(), value).isNotNull();
            if (result instanceof Double) {
              assertThat((Double) result).isFinite().isPositive();
            }
            ran++;
          }
        }
        assertThat(ran).as(c.getSimpleName()).isPositive();
      }
    }
  }
}
