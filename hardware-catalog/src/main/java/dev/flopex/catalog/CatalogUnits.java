package dev.flopex.catalog;

import dev.flopex.core.units.AreaUnit;
import dev.flopex.core.units.ComputeRateUnit;
import dev.flopex.core.units.DataRateUnit;
import dev.flopex.core.units.DataSizeUnit;
import dev.flopex.core.units.EnergyUnit;
import dev.flopex.core.units.PowerUnit;
import dev.flopex.core.units.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Compares catalog values stated in different units of one dimension, and names a figure whose key
 * carries a unit ({@code dense_pflops}) by the catalog's usual key ({@code dense_tflops}), so that
 * {@link CatalogDiff} reports a figure restated in other units as no change.
 */
final class CatalogUnits {
  private static final List<Class<? extends Enum<?>>> DIMENSIONS =
      List.of(
          DataSizeUnit.class,
          DataRateUnit.class,
          PowerUnit.class,
          ComputeRateUnit.class,
          EnergyUnit.class,
          AreaUnit.class);

  /** A path segment naming a rate in peta units: {@code dense_pflops}, {@code pops}, ... */
  private static final Pattern PETA_KEY =
      Pattern.compile("(^|\\.)((?:dense_|sparse_)?)p(flops|ops)(?=$|\\.|\\[)");

  private CatalogUnits() {}

  /**
   * Returns true when both state the same amount in units of one dimension, exactly (e.g. {@code
   * 2.5 PFLOP/s} and {@code 2500 TFLOP/s}, {@code 1.8 TB/s} and {@code 1800 GB/s}; {@code 96 GiB}
   * and {@code 103.08 GB} are not the same).
   */
  static boolean sameAmount(CatalogValue a, CatalogValue b) {
    if (a.unit().isEmpty() || b.unit().isEmpty()) {
      return false;
    }
    BigDecimal x = decimal(a.value());
    BigDecimal y = decimal(b.value());
    if (x == null || y == null) {
      return false;
    }
    for (Class<? extends Enum<?>> d : DIMENSIONS) {
      Unit<?> ua = unit(d, a.unit().get());
      Unit<?> ub = unit(d, b.unit().get());
      if (ua != null && ub != null) {
        // factors are powers of ten or two, exact in a double and so in a BigDecimal
        return x.multiply(new BigDecimal(ua.factor()))
                .compareTo(y.multiply(new BigDecimal(ub.factor())))
            == 0;
      }
    }
    return false;
  }

  /**
   * Returns the path with peta-unit rate keys named as the tera ones ({@code
   * compute.fp4.dense_pflops} is {@code compute.fp4.dense_tflops}): the key under which {@link
   * CatalogDiff} matches a figure, whichever of the two units a file uses.
   */
  static String matchKey(String path) {
    return PETA_KEY.matcher(path).replaceAll("$1$2t$3");
  }

  private static @Nullable Unit<?> unit(Class<? extends Enum<?>> type, String symbol) {
    String s = symbol.strip().replace(" ", "");
    for (Enum<?> e : type.getEnumConstants()) {
      Unit<?> u = (Unit<?>) e;
      if (u.symbol().equals(s)) {
        return u;
      }
    }
    return null;
  }

  private static @Nullable BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
