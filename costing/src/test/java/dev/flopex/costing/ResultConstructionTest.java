package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Result types are built only by the engine (issue 12): each is a public interface in an exported
 * package whose {@code @Value.Immutable} implementation lives in the unexported {@code
 * dev.flopex.costing.internal.results}. These tests read the compiled main classes of the module
 * and fail if an exported package offers a way to make a result again: a public class implementing
 * one (a generated {@code Immutable…} back in an exported package), a public constructor of one, a
 * public static method returning one or a builder of one, or a public builder of one.
 */
class ResultConstructionTest {

  /** Every result type, by name: what the engine returns and no caller builds. */
  private static final Set<String> RESULTS =
      Set.of(
          "dev.flopex.costing.AccountingCost",
          "dev.flopex.costing.AmortisedCost",
          "dev.flopex.costing.BomLine",
          "dev.flopex.costing.CapacityPlan",
          "dev.flopex.costing.ClusterResult",
          "dev.flopex.costing.CostBasis",
          "dev.flopex.costing.CostLine",
          "dev.flopex.costing.EconomicCost",
          "dev.flopex.costing.FleetResult",
          "dev.flopex.costing.PowerSizing",
          "dev.flopex.costing.analysis.MonteCarloResult",
          "dev.flopex.costing.analysis.ScenarioComparison",
          "dev.flopex.costing.analysis.SensitivityResult",
          "dev.flopex.costing.analysis.TornadoBar",
          "dev.flopex.costing.economics.AllocationResult",
          "dev.flopex.costing.economics.InferenceCost",
          "dev.flopex.costing.economics.RentalResult",
          "dev.flopex.costing.economics.TrainingCost",
          "dev.flopex.costing.economics.UseCost");

  private static final String RESULTS_PACKAGE = "dev.flopex.costing.internal.results";

  @Test
  void test_everyEngineBuiltImplementation_isOfAListedResult_andEveryResultHasOne()
      throws Exception {
    Set<String> implemented = new TreeSet<>();
    for (Class<?> c : mainClasses()) {
      if (!c.getPackageName().equals(RESULTS_PACKAGE) || !c.isInterface()) {
        continue;
      }
      for (Class<?> api : c.getInterfaces()) {
        if (isExported(api.getPackageName())) {
          implemented.add(api.getName());
        }
      }
    }
    assertThat(implemented).containsExactlyInAnyOrderElementsOf(RESULTS);
  }

  @Test
  void test_noExportedPackage_offersAWayToConstructAResult() throws Exception {
    List<Class<?>> results = new ArrayList<>();
    for (String name : RESULTS) {
      Class<?> r = Class.forName(name);
      assertThat(r.isInterface()).as("%s is an interface", name).isTrue();
      results.add(r);
    }
    List<String> ways = new ArrayList<>();
    for (Class<?> c : mainClasses()) {
      if (!isExported(c.getPackageName()) || !reachable(c)) {
        continue;
      }
      for (Class<?> r : results) {
        if (c != r && r.isAssignableFrom(c)) {
          ways.add(c.getName() + " implements " + r.getName());
        }
      }
      for (Constructor<?> k : c.getConstructors()) {
        if (madeOrBuilt(c, results)) {
          ways.add(k.toString());
        }
      }
      for (Method m : c.getMethods()) {
        boolean factory = Modifier.isStatic(m.getModifiers());
        boolean build = m.getName().equals("build") && m.getParameterCount() == 0;
        if ((factory || build) && madeOrBuilt(m.getReturnType(), results)) {
          ways.add(m.toString());
        }
      }
    }
    assertThat(ways).isEmpty();
  }

  /** True for a result type, or a type with a public {@code build()} that returns one. */
  private static boolean madeOrBuilt(Class<?> type, List<Class<?>> results) {
    for (Class<?> r : results) {
      if (r.isAssignableFrom(type)) {
        return true;
      }
    }
    for (Method m : type.getMethods()) {
      if (m.getName().equals("build") && m.getParameterCount() == 0) {
        for (Class<?> r : results) {
          if (r.isAssignableFrom(m.getReturnType())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True for a public class whose enclosing classes are all public. */
  private static boolean reachable(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The module's exported packages ({@code module-info.java}). */
  private static boolean isExported(String pkg) {
    return Set.of(
            "dev.flopex.costing",
            "dev.flopex.costing.analysis",
            "dev.flopex.costing.economics",
            "dev.flopex.costing.files")
        .contains(pkg);
  }

  /** Every class compiled from the module's main sources, nested ones included. */
  private static List<Class<?>> mainClasses() throws URISyntaxException, IOException {
    Path root =
        Path.of(CostEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(root).isDirectory(); // target/classes: the tests run on the class path
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (!rel.endsWith(".class") || rel.endsWith("module-info.class")) {
          continue;
        }
        if (rel.endsWith("package-info.class")) {
          continue;
        }
        String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
        try {
          out.add(Class.forName(name, false, CostEngine.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new UncheckedIOException(new IOException("cannot load " + name, e));
        }
      }
    }
    assertThat(out).as("classes under %s", root).hasSizeGreaterThan(50);
    return out;
  }
}
