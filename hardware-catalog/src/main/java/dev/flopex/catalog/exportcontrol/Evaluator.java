package dev.flopex.catalog.exportcontrol;

import dev.flopex.catalog.exportcontrol.Condition.Truth;
import dev.flopex.core.validation.Check;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The {@link Condition} kinds and their evaluation: the truth value, every test made (in order) and
 * the tests the truth value rests on (its witness).
 */
final class Evaluator {
  private Evaluator() {}

  /** A threshold on a numeric metric. */
  record Threshold(Metric metric, Operator op, double value) implements Condition {
    @Override
    public String describe() {
      return metric.key()
          + " "
          + op.symbol()
          + " "
          + (metric == Metric.DATACENTER ? (value == 1 ? "true" : "false") : Check.format(value));
    }
  }

  /** A list of named products. */
  record SkuIn(List<String> ids) implements Condition {
    @Override
    public String describe() {
      return "sku in [" + String.join(", ", ids) + "]";
    }
  }

  /** All parts hold. */
  record AllOf(List<Condition> parts) implements Condition {
    @Override
    public String describe() {
      return "("
          + String.join(" and ", parts.stream().map(Condition::describe).toArray(String[]::new))
          + ")";
    }
  }

  /** Some part holds. */
  record AnyOf(List<Condition> parts) implements Condition {
    @Override
    public String describe() {
      return "("
          + String.join(" or ", parts.stream().map(Condition::describe).toArray(String[]::new))
          + ")";
    }
  }

  /** One test made, before it is known which classification it belongs to. */
  static final class Leaf {
    final ImmutableThresholdTest.Builder partial;
    final Truth truth;

    Leaf(ImmutableThresholdTest.Builder partial, Truth truth) {
      this.partial = partial;
      this.truth = truth;
    }
  }

  /** The result of evaluating a condition. */
  static final class Result {
    final Truth truth;
    final List<Leaf> leaves;
    final Set<Leaf> witness;

    Result(Truth truth, List<Leaf> leaves, Set<Leaf> witness) {
      this.truth = truth;
      this.leaves = leaves;
      this.witness = witness;
    }

    Truth truth() {
      return truth;
    }

    List<ThresholdTest> tests(int index, String label) {
      List<ThresholdTest> out = new ArrayList<>();
      for (Leaf l : leaves) {
        out.add(
            l.partial
                .classificationIndex(index)
                .classification(label)
                .decided(witness.contains(l))
                .build());
      }
      return out;
    }
  }

  static Result evaluate(Condition c, ExportMetrics m) {
    if (c instanceof Threshold) {
      return threshold((Threshold) c, m);
    }
    if (c instanceof SkuIn) {
      SkuIn s = (SkuIn) c;
      Truth t = s.ids().contains(m.sku()) ? Truth.TRUE : Truth.FALSE;
      Leaf l =
          new Leaf(
              ThresholdTest.builder()
                  .metric(Metric.SKU)
                  .operator(Operator.IN)
                  .addAllProducts(s.ids())
                  .product(m.sku())
                  .outcome(t),
              t);
      return new Result(t, List.of(l), set(List.of(l)));
    }
    boolean all = c instanceof AllOf;
    List<Condition> parts = all ? ((AllOf) c).parts() : ((AnyOf) c).parts();
    // all-of: FALSE stops it; any-of: TRUE stops it
    Truth stop = all ? Truth.FALSE : Truth.TRUE;
    List<Leaf> leaves = new ArrayList<>();
    List<Leaf> unknown = new ArrayList<>();
    List<Leaf> settled = new ArrayList<>();
    for (Condition p : parts) {
      Result r = evaluate(p, m);
      leaves.addAll(r.leaves);
      if (r.truth == stop) {
        return new Result(stop, leaves, r.witness);
      }
      (r.truth == Truth.UNKNOWN ? unknown : settled).addAll(r.witness);
    }
    if (!unknown.isEmpty()) {
      return new Result(Truth.UNKNOWN, leaves, set(unknown));
    }
    // every part went the other way: all of them together are the witness
    return new Result(all ? Truth.TRUE : Truth.FALSE, leaves, set(settled));
  }

  private static Result threshold(Threshold th, ExportMetrics m) {
    ImmutableThresholdTest.Builder b =
        ThresholdTest.builder().metric(th.metric()).operator(th.op()).threshold(th.value());
    OptionalDouble v = m.value(th.metric());
    Truth t;
    if (v.isPresent()) {
      b.value(v.getAsDouble());
      t = th.op().test(v.getAsDouble(), th.value()) ? Truth.TRUE : Truth.FALSE;
    } else {
      OptionalDouble lb = m.lowerBound(th.metric());
      t = Truth.UNKNOWN;
      if (lb.isPresent()) {
        double x = lb.getAsDouble();
        b.lowerBound(x);
        // only a lower bound is known: it settles "at least" tests it meets and "below" tests it
        // fails
        if ((th.op() == Operator.AT_LEAST && x >= th.value())
            || (th.op() == Operator.ABOVE && x > th.value())) {
          t = Truth.TRUE;
        } else if ((th.op() == Operator.BELOW && x >= th.value())
            || (th.op() == Operator.AT_MOST && x > th.value())) {
          t = Truth.FALSE;
        }
      }
    }
    Leaf l = new Leaf(b.outcome(t), t);
    return new Result(t, List.of(l), set(List.of(l)));
  }

  private static Set<Leaf> set(List<Leaf> leaves) {
    Set<Leaf> s = Collections.newSetFromMap(new IdentityHashMap<>());
    s.addAll(leaves);
    return s;
  }
}
