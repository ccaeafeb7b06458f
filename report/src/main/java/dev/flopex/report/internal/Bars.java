package dev.flopex.report.internal;

import java.util.Arrays;

/**
 * Text bar charts made of block characters: histogram bars with eighth-block resolution, and
 * tornado bars on a shared axis (the text tables of the sensitivity and Monte Carlo reports).
 */
public final class Bars {
  /** The width of a chart's bar area, in characters. */
  public static final int WIDTH = 40;

  /**
   * Fills the part of a tornado bar between the base and the output with the input at its high
   * value.
   */
  public static final char HIGH = '█';

  /** Fills the part between the base and the output with the input at its low value. */
  public static final char LOW = '░';

  /** Marks the base case. */
  public static final char BASE = '│';

  private static final char[] EIGHTHS = {'▏', '▎', '▍', '▌', '▋', '▊', '▉'};

  private Bars() {}

  /**
   * Returns a horizontal bar for {@code count}, scaled so that {@code max} fills {@code width}
   * characters: full blocks and one partial block (eighths). A non-zero count gets at least an
   * eighth.
   */
  public static String bar(long count, long max, int width) {
    if (count <= 0 || max <= 0) {
      return "";
    }
    long eighths = Math.max(1, Math.round((double) count / max * width * 8));
    StringBuilder b = new StringBuilder();
    b.append(String.valueOf(HIGH).repeat((int) (eighths / 8)));
    int rest = (int) (eighths % 8);
    if (rest > 0) {
      b.append(EIGHTHS[rest - 1]);
    }
    return b.toString();
  }

  /**
   * Returns one tornado bar, {@code width} characters, on the axis {@code [axisLow, axisHigh]}:
   * {@link #LOW} from the base to the output at the input's low value, {@link #HIGH} from the base
   * to the output at its high value, {@link #BASE} at the base. A swing smaller than one character
   * on a side shows nothing on that side.
   */
  public static String tornado(
      double axisLow, double axisHigh, double base, double atLow, double atHigh, int width) {
    char[] cells = new char[width];
    Arrays.fill(cells, ' ');
    int b = column(axisLow, axisHigh, base, width);
    fill(cells, b, column(axisLow, axisHigh, atLow, width), LOW);
    fill(cells, b, column(axisLow, axisHigh, atHigh, width), HIGH);
    cells[b] = BASE;
    return new String(cells);
  }

  /**
   * Returns the column, in [0, width), of {@code v} on the axis; the middle when the axis is a
   * point.
   */
  public static int column(double axisLow, double axisHigh, double v, int width) {
    if (!(axisHigh > axisLow)) {
      return width / 2;
    }
    double x = Math.floor((v - axisLow) / (axisHigh - axisLow) * width);
    return (int) Math.max(0, Math.min(width - 1, x));
  }

  private static void fill(char[] cells, int base, int end, char c) {
    for (int i = Math.min(base, end); i <= Math.max(base, end); i++) {
      cells[i] = c;
    }
  }
}
