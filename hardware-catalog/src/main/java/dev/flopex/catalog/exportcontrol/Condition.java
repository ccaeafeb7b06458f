package dev.flopex.catalog.exportcontrol;

import dev.flopex.core.validation.Check;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A test in an export-control rule: a threshold on a {@link Metric}, a list of named products, or
 * an all-of / any-of combination. Evaluation is three-valued: a threshold on an unknown metric
 * (e.g. performance density of a chip whose die area is not published) is {@link
 * Truth#UNKNOWN}, never silently true or false.
 *
 * @since 0.1
 */
public interface Condition {

  /** Three-valued truth (Kleene logic). */
  enum Truth {
    /** The condition holds. */
    TRUE,
    /** The condition does not hold. */
    FALSE,
    /** A metric it needs is unknown. */
    UNKNOWN
  }

  /**
   * Evaluates the condition, appending one line per threshold tested to {@code trace}.
   *
   * @param m the metrics
   * @param trace receives lines such as {@code "tpp 15832 >= 4800: yes"}
   * @return the truth value
   */
  Truth evaluate(ExportMetrics m, List<String> trace);

  /** Returns the condition as text, e.g. {@code tpp >= 4800}. */
  String describe();

  /**
   * Returns a threshold test.
   *
   * @param metric the metric
   * @param op one of {@code >=, >, <, <=, ==}
   * @param value the threshold
   * @return the condition
   */
  static Condition threshold(Metric metric, String op, double value) {
    Check.finite(value, "value", "");
    if (!Set.of(">=", ">", "<", "<=", "==").contains(op)) {
      throw new dev.flopex.core.validation.ValidationException("op", "'" + op + "'", "must be one of >=, >, <, <=, ==");
    }
    if (metric == Metric.SKU) {
      throw new dev.flopex.core.validation.ValidationException("metric", "sku", "must be used with op 'in'");
    }
    return new Condition() {
      @Override
      public Truth evaluate(ExportMetrics m, List<String> trace) {
        OptionalDouble v = m.value(metric);
        if (v.isEmpty()) {
          OptionalDouble lb = m.lowerBound(metric);
          if (lb.isEmpty()) {
            trace.add(describe() + ": unknown (" + metric.key() + " not in catalog)");
            return Truth.UNKNOWN;
          }
          // only a lower bound is known: it settles "at least" tests it meets and "below" tests it fails
          double x = lb.getAsDouble();
          String at = metric.key() + " at least " + Check.format(Math.round(x * 100) / 100.0) + " " + op + " " + Check.format(value);
          if ((op.equals(">=") && x >= value) || (op.equals(">") && x > value)) {
            trace.add(at + ": yes");
            return Truth.TRUE;
          }
          if ((op.equals("<") && x >= value) || (op.equals("<=") && x > value)) {
            trace.add(at + ": no");
            return Truth.FALSE;
          }
          trace.add(describe() + ": unknown (" + metric.key() + " at least " + Check.format(Math.round(x * 100) / 100.0) + ", exact value unknown)");
          return Truth.UNKNOWN;
        }
        double x = v.getAsDouble();
        boolean r;
        switch (op) {
          case ">=":
            r = x >= value;
            break;
          case ">":
            r = x > value;
            break;
          case "<":
            r = x < value;
            break;
          case "<=":
            r = x <= value;
            break;
          default:
            r = x == value;
        }
        trace.add(metric.key() + " " + Check.format(Math.round(x * 100) / 100.0) + " " + op + " " + Check.format(value) + ": " + (r ? "yes" : "no"));
        return r ? Truth.TRUE : Truth.FALSE;
      }

      @Override
      public String describe() {
        return metric.key() + " " + op + " " + (metric == Metric.DATACENTER ? (value == 1 ? "true" : "false") : Check.format(value));
      }
    };
  }

  /**
   * Returns a test that the accelerator is one of {@code ids}.
   *
   * @param ids catalog ids
   * @return the condition
   */
  static Condition skuIn(Set<String> ids) {
    Set<String> copy = Set.copyOf(ids);
    return new Condition() {
      @Override
      public Truth evaluate(ExportMetrics m, List<String> trace) {
        boolean r = copy.contains(m.sku());
        trace.add("sku " + m.sku() + " in " + String.join(", ", new java.util.TreeSet<>(copy)) + ": " + (r ? "yes" : "no"));
        return r ? Truth.TRUE : Truth.FALSE;
      }

      @Override
      public String describe() {
        return "sku in [" + String.join(", ", new java.util.TreeSet<>(copy)) + "]";
      }
    };
  }

  /**
   * Returns a test that holds when all {@code parts} hold.
   *
   * @param parts the parts
   * @return the condition
   */
  static Condition allOf(List<Condition> parts) {
    List<Condition> copy = List.copyOf(parts);
    return new Condition() {
      @Override
      public Truth evaluate(ExportMetrics m, List<String> trace) {
        Truth t = Truth.TRUE;
        for (Condition c : copy) {
          Truth r = c.evaluate(m, trace);
          if (r == Truth.FALSE) {
            return Truth.FALSE;
          }
          if (r == Truth.UNKNOWN) {
            t = Truth.UNKNOWN;
          }
        }
        return t;
      }

      @Override
      public String describe() {
        return "(" + String.join(" and ", copy.stream().map(Condition::describe).toArray(String[]::new)) + ")";
      }
    };
  }

  /**
   * Returns a test that holds when any of {@code parts} holds.
   *
   * @param parts the parts
   * @return the condition
   */
  static Condition anyOf(List<Condition> parts) {
    List<Condition> copy = List.copyOf(parts);
    return new Condition() {
      @Override
      public Truth evaluate(ExportMetrics m, List<String> trace) {
        Truth t = Truth.FALSE;
        for (Condition c : copy) {
          Truth r = c.evaluate(m, trace);
          if (r == Truth.TRUE) {
            return Truth.TRUE;
          }
          if (r == Truth.UNKNOWN) {
            t = Truth.UNKNOWN;
          }
        }
        return t;
      }

      @Override
      public String describe() {
        return "(" + String.join(" or ", copy.stream().map(Condition::describe).toArray(String[]::new)) + ")";
      }
    };
  }

  /** Returns the lower-case name of a truth value. */
  static String name(Truth t) {
    return t.name().toLowerCase(Locale.ROOT);
  }
}
