package dev.flopex.catalog;

import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.validation.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's table of cloud instance names: exact names ({@code p5.48xlarge}) and name patterns
 * whose number gives the accelerator count ({@code v5p-{N}}, N counting TensorCores, so the count
 * is N/2).
 */
final class CloudInstanceTable {

  /** One row: an exact instance, or a pattern that makes one from a matching name. */
  static final class Entry {
    private final String provider;
    private final String name;
    private final @Nullable CloudInstance exact;
    private final @Nullable Pattern pattern;
    private final int divisor;
    private final Accelerator accelerator;
    private final List<PricePoint> prices;
    private final Provenance provenance;

    private Entry(
        String provider,
        String name,
        @Nullable CloudInstance exact,
        @Nullable Pattern pattern,
        int divisor,
        Accelerator accelerator,
        List<PricePoint> prices,
        Provenance provenance) {
      this.provider = provider;
      this.name = name;
      this.exact = exact;
      this.pattern = pattern;
      this.divisor = divisor;
      this.accelerator = accelerator;
      this.prices = prices;
      this.provenance = provenance;
    }

    String provider() {
      return provider;
    }

    String name() {
      return name;
    }

    Optional<CloudInstance> exact() {
      return Optional.ofNullable(exact);
    }

    /** Returns the instance this entry names as {@code query}, if it does. */
    Optional<CloudInstance> match(String query) {
      if (exact != null) {
        return Suggestions.normalise(exact.name()).equals(Suggestions.normalise(query))
            ? Optional.of(exact)
            : Optional.empty();
      }
      Matcher m = java.util.Objects.requireNonNull(pattern).matcher(query.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      long n;
      try {
        n = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (n < divisor || n % divisor != 0 || n / divisor > Integer.MAX_VALUE) {
        return Optional.empty();
      }
      return Optional.of(
          CloudInstance.builder()
              .provider(provider)
              .name(query.strip())
              .accelerator(accelerator)
              .acceleratorCount((int) (n / divisor))
              .addAllPrices(prices)
              .provenance(provenance)
              .build());
    }
  }

  static Entry exact(CloudInstance i) {
    return new Entry(
        i.provider(), i.name(), i, null, 1, i.accelerator(), i.prices(), i.provenance());
  }

  static Entry pattern(
      String provider,
      String pattern,
      int divisor,
      Accelerator accelerator,
      List<PricePoint> prices,
      Provenance provenance) {
    String[] parts = pattern.split("\\{N\\}", -1);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append("([0-9]{1,9})");
      }
      re.append(Pattern.quote(parts[i]));
    }
    return new Entry(
        provider,
        pattern,
        null,
        Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE),
        divisor,
        accelerator,
        List.copyOf(prices),
        provenance);
  }

  private final List<Entry> entries;

  CloudInstanceTable(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  List<CloudInstance> exactInstances() {
    List<CloudInstance> out = new ArrayList<>();
    for (Entry e : entries) {
      e.exact().ifPresent(out::add);
    }
    return out;
  }

  Optional<CloudInstance> find(String name) {
    for (Entry e : entries) {
      Optional<CloudInstance> m = e.match(name);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  CloudInstance get(String name) {
    return find(name)
        .orElseThrow(
            () -> {
              List<String> names = new ArrayList<>();
              for (Entry e : entries) {
                names.add(e.name());
              }
              return new UnknownPartException(
                  "cloud instance", name, Suggestions.closest(name, names));
            });
  }
}
