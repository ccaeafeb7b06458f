package dev.flopex.cli;

import dev.flopex.catalog.Accelerator;
import dev.flopex.catalog.CloudInstance;
import dev.flopex.catalog.HardwareCatalog;
import dev.flopex.catalog.LinkPart;
import dev.flopex.catalog.NetworkSwitch;
import dev.flopex.catalog.Nic;
import dev.flopex.catalog.OverlayChange;
import dev.flopex.catalog.SystemSpec;
import dev.flopex.catalog.exportcontrol.ExportControls;
import dev.flopex.core.provenance.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The run's catalog as a fleet file reader sees it while the built-in one is still loading on the
 * prefetch thread (issue 13, W4): every call waits for {@link Context#catalog()} and answers from
 * it, so the fleet file's YAML is parsed, and its sources and terms read, on {@code main} while the
 * catalog loads instead of after. Should the catalog fail to load, the first call throws {@link
 * Unavailable} carrying that failure, which passes through the fleet reader's per-node error
 * wrapping untouched; {@link #unwrap} gives back the very exception {@link Context#catalog()}
 * threw.
 */
final class PendingCatalog implements HardwareCatalog {
  private final Context context;

  PendingCatalog(Context context) {
    this.context = context;
  }

  /** The built-in catalog could not be loaded: the cause is what the load threw. */
  static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(Throwable cause) {
      super(cause);
    }

    /** Throws the load's own exception or error. */
    RuntimeException unwrap() {
      Throwable c = getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    }
  }

  private HardwareCatalog catalog() {
    try {
      return context.catalog();
    } catch (RuntimeException | Error e) {
      throw new Unavailable(e);
    }
  }

  @Override
  public String version() {
    return catalog().version();
  }

  @Override
  public Optional<LocalDate> asOf() {
    return catalog().asOf();
  }

  @Override
  public String versionLine() {
    return catalog().versionLine();
  }

  @Override
  public List<Accelerator> accelerators() {
    return catalog().accelerators();
  }

  @Override
  public List<Accelerator> accelerators(Predicate<? super Accelerator> filter) {
    return catalog().accelerators(filter);
  }

  @Override
  public Accelerator accelerator(String idOrAlias) {
    return catalog().accelerator(idOrAlias);
  }

  @Override
  public Optional<Accelerator> findAccelerator(String idOrAlias) {
    return catalog().findAccelerator(idOrAlias);
  }

  @Override
  public List<SystemSpec> systems() {
    return catalog().systems();
  }

  @Override
  public SystemSpec system(String idOrAlias) {
    return catalog().system(idOrAlias);
  }

  @Override
  public List<Nic> nics() {
    return catalog().nics();
  }

  @Override
  public Nic nic(String idOrAlias) {
    return catalog().nic(idOrAlias);
  }

  @Override
  public List<NetworkSwitch> switches() {
    return catalog().switches();
  }

  @Override
  public NetworkSwitch networkSwitch(String idOrAlias) {
    return catalog().networkSwitch(idOrAlias);
  }

  @Override
  public List<LinkPart> links() {
    return catalog().links();
  }

  @Override
  public LinkPart link(String idOrAlias) {
    return catalog().link(idOrAlias);
  }

  @Override
  public List<CloudInstance> cloudInstances() {
    return catalog().cloudInstances();
  }

  @Override
  public CloudInstance cloudInstance(String name) {
    return catalog().cloudInstance(name);
  }

  @Override
  public List<Source> sources() {
    return catalog().sources();
  }

  @Override
  public ExportControls exportControls() {
    return catalog().exportControls();
  }

  @Override
  public List<OverlayChange> overlayChanges() {
    return catalog().overlayChanges();
  }

  @Override
  public String toString() {
    return catalog().toString();
  }
}
