package dev.flopex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.core.money.Money;
import dev.flopex.costing.CostEngine;
import dev.flopex.report.Charts;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each library module's descriptor exports its API packages and nothing else: internal packages
 * ({@code ..internal..}) are either not exported or exported only to a named flopex module. Read
 * from the compiled {@code module-info.class} of each module as built.
 */
class ModuleExportsTest {

  private static ModuleDescriptor descriptor(Class<?> anyClassOfTheModule)
      throws URISyntaxException {
    Path location =
        Path.of(anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(location).findAll().iterator().next().descriptor();
  }

  private static Map<String, Set<String>> exports(ModuleDescriptor d) {
    Map<String, Set<String>> m = new TreeMap<>();
    for (ModuleDescriptor.Exports e : d.exports()) {
      m.put(e.source(), e.targets());
    }
    return m;
  }

  @Test
  void everyLibraryModuleExportsOnlyItsApi() throws URISyntaxException {
    assertThat(descriptor(Money.class).name()).isEqualTo("dev.flopex.core");
    assertThat(exports(descriptor(Money.class)))
        .containsOnlyKeys(
            "dev.flopex.core",
            "dev.flopex.core.finance",
            "dev.flopex.core.money",
            "dev.flopex.core.provenance",
            "dev.flopex.core.random",
            "dev.flopex.core.units",
            "dev.flopex.core.validation");

    ModuleDescriptor catalog = descriptor(HardwareCatalog.class);
    assertThat(catalog.name()).isEqualTo("dev.flopex.catalog");
    assertThat(exports(catalog))
        .containsOnlyKeys(
            "dev.flopex.catalog",
            "dev.flopex.catalog.exportcontrol",
            "dev.flopex.catalog.internal.yaml");
    assertThat(exports(catalog).get("dev.flopex.catalog.internal.yaml"))
        .containsExactly("dev.flopex.costing");

    ModuleDescriptor costing = descriptor(CostEngine.class);
    assertThat(costing.name()).isEqualTo("dev.flopex.costing");
    assertThat(exports(costing))
        .containsOnlyKeys(
            "dev.flopex.costing",
            "dev.flopex.costing.analysis",
            "dev.flopex.costing.economics",
            "dev.flopex.costing.files");
    assertThat(costing.packages()).contains("dev.flopex.costing.internal");

    ModuleDescriptor report = descriptor(Charts.class);
    assertThat(report.name()).isEqualTo("dev.flopex.report");
    assertThat(exports(report).keySet()).allMatch(p -> !p.contains(".internal"));
  }

  @Test
  void noInternalPackageIsExportedToEveryone() throws URISyntaxException {
    for (Class<?> c :
        new Class<?>[] {Money.class, HardwareCatalog.class, CostEngine.class, Charts.class}) {
      Set<String> unqualifiedInternal =
          descriptor(c).exports().stream()
              .filter(e -> !e.isQualified() && e.source().contains(".internal"))
              .map(ModuleDescriptor.Exports::source)
              .collect(Collectors.toSet());
      assertThat(unqualifiedInternal).as(descriptor(c).name()).isEmpty();
    }
  }
}
