package dev.flopex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalog binds accelerators and cloud instances on first use (issue 13, W4). What it
 * gives must not depend on that: every entry, lookup, error and suggestion equals a catalog that
 * bound everything at load, in whatever order the entries are first asked for.
 */
class LazyBindingTest {
  private static HardwareCatalog eager() {
    return new CatalogLoader().bindingEverythingAtLoad().load();
  }

  private static HardwareCatalog lazy() {
    return new CatalogLoader().load();
  }

  @Test
  void everyAcceleratorAndInstance_equalsTheEagerlyBoundOnes() {
    HardwareCatalog eager = eager();
    HardwareCatalog lazy = lazy();
    // ask for single entries first, in reverse order, then for the whole list
    List<Accelerator> expected = eager.accelerators();
    for (int i = expected.size() - 1; i >= 0; i--) {
      assertThat(lazy.accelerator(expected.get(i).id())).isEqualTo(expected.get(i));
    }
    assertThat(lazy.accelerators()).isEqualTo(expected);
    assertThat(lazy.cloudInstances()).isEqualTo(eager.cloudInstances());
    assertThat(lazy.systems()).isEqualTo(eager.systems());
    assertThat(lazy.toString()).isEqualTo(eager.toString());
  }

  @Test
  void aliasesAndCaseInsensitiveNames_findTheSameEntry_beforeAnythingIsBound() {
    HardwareCatalog eager = eager();
    for (Accelerator a : eager.accelerators()) {
      for (String alias : a.aliases()) {
        assertThat(lazy().findAccelerator(alias)).contains(a);
        assertThat(lazy().accelerator(alias.toUpperCase(java.util.Locale.ROOT))).isEqualTo(a);
      }
    }
    assertThat(lazy().findAccelerator("no-such-accelerator")).isEmpty();
  }

  @Test
  void unknownNames_failWithTheSameMessageAndSuggestions() {
    for (String name : List.of("h10", "H-100 SXM9", "mi30x", "zzz", "")) {
      String expected = message(() -> eager().accelerator(name));
      assertThatThrownBy(() -> lazy().accelerator(name))
          .isInstanceOf(UnknownPartException.class)
          .hasMessage(expected);
    }
    for (String name : List.of("p4d.24xlarg", "nope")) {
      String expected = message(() -> eager().cloudInstance(name));
      assertThatThrownBy(() -> lazy().cloudInstance(name)).hasMessage(expected);
    }
  }

  @Test
  void concurrentFirstUse_bindsEachEntryOnce_andAllThreadsSeeTheSameEntries() throws Exception {
    HardwareCatalog lazy = lazy();
    List<String> ids = new ArrayList<>();
    eager().accelerators().forEach(a -> ids.add(a.id()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Accelerator>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  List<Accelerator> out = new ArrayList<>();
                  for (int i = 0; i < ids.size(); i++) {
                    out.add(lazy.accelerator(ids.get((i + offset * 7) % ids.size())));
                  }
                  return out;
                }));
      }
      List<Accelerator> all = lazy.accelerators();
      for (int t = 0; t < 4; t++) {
        List<Accelerator> got = results.get(t).get();
        for (int i = 0; i < ids.size(); i++) {
          // the same instance, not merely an equal one: each entry was bound once
          assertThat(got.get(i)).isSameAs(all.get((i + t * 7) % ids.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("expected an exception");
  }
}
