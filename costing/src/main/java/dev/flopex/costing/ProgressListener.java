package dev.flopex.costing;

/**
 * Receives progress of a long analysis and may cancel it. Called from worker threads, at most once
 * per block of samples; implementations must be thread-safe and quick.
 *
 * @since 0.1
 */
public interface ProgressListener {

  /** A listener that ignores progress and never cancels. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Reports that {@code done} of {@code total} samples are finished.
   *
   * @param done samples finished
   * @param total samples in all
   */
  void progress(long done, long total);

  /**
   * Returns true to stop the analysis (it then throws {@link
   * java.util.concurrent.CancellationException}).
   */
  default boolean cancelled() {
    return false;
  }
}
