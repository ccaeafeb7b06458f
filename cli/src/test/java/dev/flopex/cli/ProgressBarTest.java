package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flopex.costing.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The terminal progress bar of long runs (Monte Carlo). */
class ProgressBarTest {
  @Test
  void progressBarRedrawsAtMostTenTimesASecondAndErasesItself() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(sink, true, StandardCharsets.UTF_8);
    AtomicLong now = new AtomicLong();
    ProgressBar bar = new ProgressBar(err, "samples", now::get);

    bar.progress(4096, 20_000);
    now.addAndGet(ProgressBar.INTERVAL_NANOS / 2);
    bar.progress(8192, 20_000); // too soon: skipped
    now.addAndGet(ProgressBar.INTERVAL_NANOS);
    bar.progress(4096, 20_000); // out of order: the bar does not move back
    bar.progress(20_000, 20_000); // the last is always drawn
    String drawn = sink.toString(StandardCharsets.UTF_8);
    String[] frames = drawn.split("\r", -1);
    assertThat(frames).hasSize(4);
    assertThat(frames[1]).startsWith("samples [").contains("4,096/20,000  20%");
    assertThat(frames[2]).contains("8,192/20,000  40%");
    assertThat(frames[3]).contains("20,000/20,000  100%").contains("█".repeat(30));
    assertThat(drawn).doesNotContain("\n");

    bar.finish();
    String all = sink.toString(StandardCharsets.UTF_8);
    assertThat(all.substring(drawn.length())).matches("\r +\r");
    bar.finish(); // once only
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(all);
  }

  @Test
  void noProgressBarOutsideATerminal() {
    if (System.console() == null) {
      assertThat(ProgressBar.forTerminal(System.err, "samples")).isSameAs(ProgressListener.NONE);
    }
    ProgressBar.finish(ProgressListener.NONE); // nothing to erase
  }
}
