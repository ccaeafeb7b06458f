package dev.flopex.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.money.Money;
import dev.flopex.core.random.Distribution;
import dev.flopex.core.validation.ValidationException;
import dev.flopex.costing.analysis.MonteCarloSpec;
import dev.flopex.costing.analysis.Scenario;
import dev.flopex.costing.analysis.SensitivityInput;
import dev.flopex.costing.analysis.UncertainInput;
import dev.flopex.costing.economics.RentalTerms;
import dev.flopex.costing.economics.WorkloadAllocation;
import dev.flopex.costing.economics.WorkloadUse;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input types copy without naming their generated class (issue 12): every {@code with…} copy the
 * generated {@code Immutable…} class offers is declared on the public input type, and a copy with
 * an attribute set to its own value is equal to the original.
 *
 * <p>There is no {@code toBuilder()}: {@link dev.flopex.core.FlopexStyle} asks for strict builders,
 * which set each attribute once, and Immutables disables {@code toBuilder} (and {@code from}) with
 * them; {@code with…} is the copy path.
 */
class InputCopiesTest {

  /** One built value of each input type that has copies. */
  private static List<Object> inputs() {
    Cluster c = Fixtures.h100Cluster(10);
    FinancialTerms terms = FinancialTerms.of(5, 0.8);
    Fleet fleet = Fleet.builder().name("f").addClusters(c).build();
    ClusterResult r = CostEngine.create().evaluate(c, terms);
    return List.of(
        c,
        c.site(),
        c.site().region(),
        c.assumptions(),
        Fixtures.infiniband(),
        terms,
        fleet,
        PowerBudget.utility(100),
        MonteCarloSpec.builder()
            .addInputs(UncertainInput.utilisation(Distribution.uniform(0.5, 0.9)))
            .samples(100)
            .seed(3)
            .build(),
        UncertainInput.utilisation(Distribution.uniform(0.5, 0.9)),
        SensitivityInput.of("assumptions.pue", 1.1, 1.4),
        Scenario.of("base", fleet, terms),
        RentalTerms.of(r, Money.usd(2.2)),
        WorkloadAllocation.builder()
            .totalCost(Money.usd(1e6))
            .gpus(80)
            .horizonYears(5)
            .addUses(WorkloadUse.of("training", 0.6, 0.9), WorkloadUse.of("inference", 0.4, 0.5))
            .build());
  }

  @Test
  void test_everyGeneratedCopy_isDeclaredOnThePublicInputType() throws Exception {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Object in : inputs()) {
      Class<?> generated = in.getClass();
      Class<?> api = publicType(generated);
      for (Method m : generated.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())
            || Modifier.isStatic(m.getModifiers())
            || !m.getName().startsWith("with")) {
          continue;
        }
        if (m.isVarArgs() && m.getGenericParameterTypes()[0] instanceof GenericArrayType) {
          // List<Double>... : an abstract method cannot be @SafeVarargs; the Iterable overload is
          // declared instead
          continue;
        }
        checked++;
        try {
          api.getMethod(m.getName(), m.getParameterTypes());
        } catch (NoSuchMethodException e) {
          missing.add(
              api.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()));
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(missing).isEmpty();
  }

  @Test
  void test_aCopyWithEveryAttributeSetToItsOwnValue_isEqual() throws Exception {
    int copied = 0;
    for (Object in : inputs()) {
      Class<?> api = publicType(in.getClass());
      for (Method with : api.getMethods()) {
        if (!with.getName().startsWith("with") || with.getParameterCount() != 1) {
          continue;
        }
        String attribute =
            Character.toLowerCase(with.getName().charAt(4)) + with.getName().substring(5);
        Method get;
        try {
          get = api.getMethod(attribute);
        } catch (NoSuchMethodException e) {
          continue; // a derived copy such as Cluster.withServerCount
        }
        if (!with.getParameterTypes()[0].isAssignableFrom(get.getReturnType())) {
          continue; // the Optional, varargs or Iterable overload of the same attribute
        }
        Object copy = with.invoke(in, get.invoke(in));
        assertThat(copy).as("%s.%s", api.getSimpleName(), with.getName()).isEqualTo(in);
        assertThat(api.isInstance(copy)).isTrue();
        copied++;
      }
    }
    assertThat(copied).isGreaterThan(50);
  }

  @Test
  void test_aCopyChangesOnlyItsAttribute_andIsValidatedLikeABuiltValue() {
    WorkloadUse u = WorkloadUse.of("training", 0.6, 0.9);
    WorkloadUse v = u.withShare(0.5);
    assertThat(v.share()).isEqualTo(0.5);
    assertThat(v.withShare(0.6)).isEqualTo(u);
    assertThat(v.name()).isEqualTo(u.name());
    PowerBudget b = PowerBudget.utility(100);
    assertThatThrownBy(() -> b.withMegawatts(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(b.basis().key());
  }

  /** The public input interface a generated class implements. */
  private static Class<?> publicType(Class<?> generated) {
    assertThat(generated.getSimpleName()).startsWith("Immutable");
    for (Class<?> i : generated.getInterfaces()) {
      if (i.getSimpleName().equals(generated.getSimpleName().substring("Immutable".length()))) {
        return i;
      }
    }
    throw new AssertionError("no public type for " + generated);
  }
}
