package dev.flopex.catalog.internal.yaml;

import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.ImmutableSourced;
import dev.flopex.core.provenance.PartialDate;
import dev.flopex.core.provenance.Provenance;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.provenance.SourceKind;
import dev.flopex.core.provenance.Sourced;
import dev.flopex.core.units.AreaUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.Direction;
import dev.flopex.core.units.LinkBandwidth;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Quantity;
import dev.flopex.core.units.Unit;
import dev.flopex.core.validation.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads figures (value + source + confidence + note + alternatives) and their value shapes from
 * data files. Support code for flopex's data-file readers; not a stable API.
 */
public final class Figures {
  private final Map<String, Source> sources;

  /**
   * Creates a reader that resolves source ids in {@code sources}.
   *
   * @param sources the sources by id
   */
  public Figures(Map<String, Source> sources) {
    this.sources = sources;
  }

  public static <E extends Enum<E>> E enumValue(YNode n, Class<E> type) {
    String t = n.text().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return Enum.valueOf(type, t);
    } catch (IllegalArgumentException e) {
      StringBuilder known = new StringBuilder();
      for (E c : type.getEnumConstants()) {
        known.append(known.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
      }
      throw n.error("'" + n.text() + "'", "must be one of " + known);
    }
  }

  /** Reads a {@code sources:} mapping (id to source) in file order. */
  public static Map<String, Source> readSources(YNode map) {
    Map<String, Source> out = new java.util.LinkedHashMap<>();
    for (String id : map.fieldNames()) {
      out.put(id, readSource(id, map.get(id)));
    }
    return out;
  }

  public static Source readSource(String id, YNode n) {
    try {
      dev.flopex.core.provenance.ImmutableSource.Builder b =
          Source.builder().id(id).title(n.get("title").text());
      n.opt("publisher").ifPresent(p -> b.publisher(p.text()));
      n.opt("url").ifPresent(p -> b.url(p.text()));
      n.opt("published").ifPresent(p -> b.published(partialDate(p)));
      YNode read = n.get("read");
      b.read(localDate(read));
      b.kind(enumValue(n.get("kind"), SourceKind.class));
      n.done();
      return b.build();
    } catch (dev.flopex.core.validation.DataFileException e) {
      throw e;
    } catch (ValidationException e) {
      throw n.error(e.value().orElse(null), e.rule());
    }
  }

  public static PartialDate partialDate(YNode n) {
    try {
      return PartialDate.parse(n.text());
    } catch (ValidationException e) {
      throw n.error(e.value().orElse(null), e.rule());
    }
  }

  public static LocalDate localDate(YNode n) {
    try {
      return LocalDate.parse(n.text());
    } catch (DateTimeException e) {
      throw n.error("'" + n.text() + "'", "must be a date YYYY-MM-DD");
    }
  }

  public Provenance provenance(YNode n) {
    YNode s = n.get("source");
    Source source = sources.get(s.text());
    if (source == null) {
      throw s.error("'" + s.text() + "'", "must name a source defined under 'sources'");
    }
    Confidence c = enumValue(n.get("confidence"), Confidence.class);
    Optional<YNode> note = n.opt("note");
    return note.isPresent()
        ? Provenance.of(source, c, note.get().text())
        : Provenance.of(source, c);
  }

  /** Reads a figure whose value is parsed from the same mapping by {@code value}. */
  public <T> Sourced<T> figure(YNode n, Function<YNode, T> value) {
    n.requireObject();
    T v = value.apply(n);
    Provenance p = provenance(n);
    ImmutableSourced.Builder<T> b = Sourced.<T>builder().value(v).provenance(p);
    for (YNode a : n.appendedList("alternatives")) {
      a.requireObject();
      T av = value.apply(a);
      Provenance ap = provenance(a);
      a.done();
      b.addAlternatives(Sourced.of(av, ap));
    }
    n.done();
    return b.build();
  }

  public <T> Optional<Sourced<T>> optFigure(YNode parent, String name, Function<YNode, T> value) {
    return parent.opt(name).map(n -> figure(n, value));
  }

  public static <U extends Enum<U> & Unit<U>> Quantity<U> quantity(YNode n, Class<U> type) {
    YNode unitNode = n.get("unit");
    U unit;
    try {
      unit = Unit.parse(type, unitNode.text());
    } catch (ValidationException e) {
      throw unitNode.error(e.value().orElse(null), e.rule());
    }
    return Quantity.of(n.get("value").positive(unit.symbol()), unit);
  }

  public static Quantity<PowerUnit> watts(YNode n) {
    return PowerUnit.WATTS.of(n.get("value").positive("W"));
  }

  public static Quantity<PowerUnit> kilowatts(YNode n) {
    return PowerUnit.KILOWATTS.of(n.get("value").positive("kW"));
  }

  public static Quantity<AreaUnit> squareMillimetres(YNode n) {
    return AreaUnit.SQUARE_MILLIMETRES.of(n.get("value").positive("mm2"));
  }

  public static Quantity<DataSizeUnit> dataSize(YNode n) {
    return quantity(n, DataSizeUnit.class);
  }

  public static Quantity<DataRateUnit> dataRate(YNode n) {
    return quantity(n, DataRateUnit.class);
  }

  public static LinkBandwidth linkBandwidth(YNode n) {
    Quantity<DataRateUnit> rate = dataRate(n);
    LinkBandwidth b = LinkBandwidth.of(rate, enumValue(n.get("direction"), Direction.class));
    try {
      if (b.directionStated()) {
        b.bidirectional();
        b.perDirection();
      }
    } catch (ValidationException e) {
      throw n.get("value")
          .error(rate.toString(), "must be small enough to convert between directions");
    }
    return b;
  }

  public static String text(YNode n) {
    return n.get("value").text();
  }

  /** Reads a yes/no figure: {@code value} is {@code true} or {@code false}. */
  public static Boolean flag(YNode n) {
    return n.get("value").bool();
  }

  public static Integer count(YNode n) {
    return n.get("value").positiveInt();
  }

  public static Double metres(YNode n) {
    return n.get("value").positive("m");
  }

  public static PartialDate dateValue(YNode n) {
    return partialDate(n.get("value"));
  }
}
