package dev.flopex.catalog;

import dev.flopex.catalog.internal.yaml.YNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One catalog section's entries, read and name-checked but bound to value types only when first
 * asked for (issue 13, W4): the README's main job uses four of the catalog's accelerators, and
 * binding all of them was about a quarter of a cold catalog load. Each entry is bound at most once,
 * by the same code and from the same located nodes as an eager load, so it is equal to what an
 * eager load gives, and a bad field fails naming the same file and line (at first use instead of at
 * load; a catalog with overlays binds everything at load, so an overlay's errors still surface
 * there).
 *
 * <p>Thread-safe: binding runs under one lock shared by the catalog's lazy parts, since the nodes
 * record which fields were read.
 */
final class LazyEntries<T extends Part> {
  private final Object lock;
  private final Map<String, YNode> nodes;
  private final Function<YNode, T> binder;
  private final Map<String, T> bound = new HashMap<>();
  private @Nullable List<T> all;

  /**
   * @param lock the lock shared by every lazily bound part of one catalog
   * @param nodes the section's entries by id, in catalog order (copied)
   * @param binder binds one entry (and throws {@link CatalogException} naming file and line)
   */
  LazyEntries(Object lock, Map<String, YNode> nodes, Function<YNode, T> binder) {
    this.lock = lock;
    this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    this.binder = binder;
  }

  /** The ids, in catalog order. */
  Set<String> keySet() {
    return nodes.keySet();
  }

  boolean containsKey(String id) {
    return nodes.containsKey(id);
  }

  /** The entries' located nodes by id, in catalog order (for name indexes). */
  Map<String, YNode> nodes() {
    return nodes;
  }

  /** Returns the entry with this exact id, bound on first use, or null if there is none. */
  @Nullable T get(String id) {
    YNode n = nodes.get(id);
    return n == null ? null : bind(id, n);
  }

  private T bind(String id, YNode n) {
    synchronized (lock) {
      T t = bound.get(id);
      if (t == null) {
        t = binder.apply(n);
        bound.put(id, t);
      }
      return t;
    }
  }

  /** Returns every entry in catalog order, binding those not bound yet (in that order). */
  List<T> all() {
    synchronized (lock) {
      if (all == null) {
        List<T> out = new ArrayList<>(nodes.size());
        for (Map.Entry<String, YNode> e : nodes.entrySet()) {
          out.add(bind(e.getKey(), e.getValue()));
        }
        all = Collections.unmodifiableList(out);
      }
      return all;
    }
  }
}
