package dev.flopex.cli;

import dev.flopex.costing.ProgressListener;
import dev.flopex.report.internal.Fmt;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for a long analysis, redrawn in place with {@code '\r'} at most
 * ten times a second (and once more when the last sample is done); {@link #finish()} erases it so
 * that the results print on a clean line. Thread-safe: the engine reports from worker threads.
 *
 * <p>Commands use it only when the CLI runs in a terminal ({@code System.console() != null}); in
 * pipes and files they print no progress at all.
 */
final class ProgressBar implements ProgressListener {
  /** The least time between two redraws, in nanoseconds (a tenth of a second). */
  static final long INTERVAL_NANOS = 100_000_000L;

  private static final int WIDTH = 30;

  private final PrintStream err;
  private final String label;
  private final LongSupplier nanos;
  private long lastDraw;
  private long done;
  private int drawnWidth = -1;

  /**
   * @param err where to draw (standard error)
   * @param label what is counted, e.g. {@code samples}
   * @param nanos a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  ProgressBar(PrintStream err, String label, LongSupplier nanos) {
    this.err = err;
    this.label = label;
    this.nanos = nanos;
  }

  /**
   * Returns the listener for a run: a bar on {@code err} in a terminal, otherwise {@link
   * ProgressListener#NONE}.
   */
  static ProgressListener forTerminal(PrintStream err, String label) {
    return System.console() != null
        ? new ProgressBar(err, label, System::nanoTime)
        : ProgressListener.NONE;
  }

  /** Ends the run of {@code listener}: erases the bar when it is one. */
  static void finish(ProgressListener listener) {
    if (listener instanceof ProgressBar) {
      ((ProgressBar) listener).finish();
    }
  }

  @Override
  public synchronized void progress(long doneNow, long total) {
    // workers may report out of order; the bar never moves back
    done = Math.max(done, doneNow);
    long now = nanos.getAsLong();
    boolean last = done >= total;
    if (drawnWidth >= 0 && !last && now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    String line = line(done, total);
    int pad = Math.max(0, drawnWidth - line.length());
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    drawnWidth = line.length();
  }

  /** Returns the bar's text, e.g. {@code samples [█████░░░░░] 12,288/20,000 61%}. */
  String line(long doneNow, long total) {
    double f = total <= 0 ? 1 : Math.min(1, (double) doneNow / total);
    int full = (int) Math.floor(f * WIDTH);
    return label
        + " ["
        + "█".repeat(full)
        + "░".repeat(WIDTH - full)
        + "]  "
        + Fmt.grouped(doneNow)
        + "/"
        + Fmt.grouped(total)
        + "  "
        + (int) Math.floor(f * 100)
        + "%";
  }

  /** Erases the bar, if it was drawn. */
  synchronized void finish() {
    if (drawnWidth >= 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = -1;
    }
  }
}
