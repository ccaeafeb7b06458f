package dev.flopex.core.provenance;

import dev.flopex.core.validation.Check;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a figure was taken from: its title, publisher, address, when it was published and when
 * flopex read it.
 *
 * <pre>{@code
 * Source s = Source.builder()
 *     .id("nvidia-h100-datasheet-2023")
 *     .title("NVIDIA H100 Tensor Core GPU Datasheet")
 *     .publisher("NVIDIA")
 *     .url("https://resources.nvidia.com/...")
 *     .read(LocalDate.of(2026, 11, 28))
 *     .kind(SourceKind.DATASHEET)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public interface Source {

  /** Returns a unique identifier, e.g. {@code nvidia-h100-datasheet-2023}. */
  String id();

  /** Returns the document's title. */
  String title();

  /** Returns who published it. */
  Optional<String> publisher();

  /** Returns its address (http, https or urn), when it has one. */
  Optional<String> url();

  /** Returns when it was published, as precisely as known. */
  Optional<PartialDate> published();

  /** Returns the day flopex (or the user) read it. */
  LocalDate read();

  /** Returns what kind of document it is. */
  SourceKind kind();

  /** Checks the identifier, title and address. */
  @Value.Check
  default void check() {
    Check.identifier(id(), "source.id");
    Check.notBlank(title(), "source.title");
    url()
        .ifPresent(
            u -> {
              try {
                URI uri = new URI(u);
                Check.that(
                    uri.getScheme() != null
                        && (uri.getScheme().equals("https")
                            || uri.getScheme().equals("http")
                            || uri.getScheme().equals("urn")
                            || uri.getScheme().equals("file")),
                    "source.url",
                    "'" + u + "'",
                    "must be an http(s), urn or file URI");
              } catch (URISyntaxException e) {
                Check.that(
                    false,
                    "source.url",
                    "'" + u + "'",
                    "must be a valid URI (" + e.getReason() + ")");
              }
            });
  }

  /** Returns a new builder. */
  static ImmutableSource.Builder builder() {
    return ImmutableSource.builder();
  }
}
