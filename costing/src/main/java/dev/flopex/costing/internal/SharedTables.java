package dev.flopex.costing.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Interns the immutable per-cluster tables of {@link ClusterKernel}s compiled together (a fleet's
 * clusters): clusters of the same system, networks and kind of site get the same bill-of-materials
 * slot tables, so equal tables are kept once and every such kernel reads the one copy. A fleet
 * rollup then keeps a handful of tables in cache instead of one set per cluster
 * (docs/performance.md, "W2, fourth pass"). Not thread-safe: one instance per compilation; never
 * hands out an array that a caller may change (the kernels never write their tables).
 */
final class SharedTables {
  private final Map<Key, Object> tables = new HashMap<>();

  /** A table compared by content: element bits for doubles, identity for enum constants. */
  private static final class Key {
    private final Object table;
    private final int hash;

    Key(Object table) {
      this.table = table;
      this.hash = Arrays.deepHashCode(new Object[] {table});
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key
          && Arrays.deepEquals(new Object[] {table}, new Object[] {((Key) o).table});
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T intern(T table) {
    return (T) tables.computeIfAbsent(new Key(table), k -> k.table);
  }

  int[] of(int[] table) {
    return intern(table);
  }

  long[] of(long[] table) {
    return intern(table);
  }

  double[] of(double[] table) {
    return intern(table);
  }

  <E extends Enum<E>> E[] of(E[] table) {
    return intern(table);
  }
}
