package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PendingCatalog} answers every question from the run's catalog and hands a load failure
 * back unchanged.
 */
class PendingCatalogTest {
  private static Context context() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new Context(sink, sink, LocalDate.of(2026, 12, 3));
  }

  @Test
  void everyMethodOfTheCatalogIsAnsweredByTheRunsCatalog() throws Exception {
    // a method the interface gains later must be delegated too, not fall back to a default
    for (Method m : HardwareCatalog.class.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers())) {
        assertThat(PendingCatalog.class.getDeclaredMethod(m.getName(), m.getParameterTypes()))
            .as("PendingCatalog overrides %s", m)
            .isNotNull();
      }
    }
    HardwareCatalog real = HardwareCatalog.builtIn();
    PendingCatalog p = new PendingCatalog(context());

    assertThat(p.versionLine()).isEqualTo(real.versionLine());
    assertThat(p.version()).isEqualTo(real.version());
    assertThat(p.asOf()).isEqualTo(real.asOf());
    assertThat(p.system("hgx-h100")).isSameAs(real.system("hgx-h100"));
    assertThat(p.accelerator("H100")).isSameAs(real.accelerator("H100"));
    assertThat(p.findAccelerator("no-such-gpu")).isEmpty();
    assertThat(p.systems()).isEqualTo(real.systems());
    assertThat(p.accelerators(a -> a.id().startsWith("h1")))
        .isEqualTo(real.accelerators(a -> a.id().startsWith("h1")));
    assertThat(p.nics()).isEqualTo(real.nics());
    assertThat(p.switches()).isEqualTo(real.switches());
    assertThat(p.links()).isEqualTo(real.links());
    assertThat(p.cloudInstances()).isEqualTo(real.cloudInstances());
    assertThat(p.sources()).isEqualTo(real.sources());
    assertThat(p.overlayChanges()).isEqualTo(real.overlayChanges());
    assertThat(p.toString()).isEqualTo(real.toString());
  }

  @Test
  void aCatalogThatFailsToLoadFailsWithItsOwnException() {
    Context ctx = context();
    ctx.addOverlays(List.of("no-such-overlay.yaml"));
    Throwable direct = catchThrowable(ctx::catalog);
    assertThat(direct).isInstanceOf(ValidationException.class);

    Throwable pending = catchThrowable(() -> new PendingCatalog(ctx).system("hgx-h100"));
    assertThat(pending).isInstanceOf(PendingCatalog.Unavailable.class);
    Throwable unwrapped = catchThrowable(((PendingCatalog.Unavailable) pending)::unwrap);
    assertThat(unwrapped).isInstanceOf(ValidationException.class).hasMessage(direct.getMessage());
  }
}
