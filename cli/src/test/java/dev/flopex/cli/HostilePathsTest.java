package dev.flopex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, findings 1, 2 and 8: output paths never replace a device or a link, inputs are only
 * regular files read under a cap, and a run that cannot write its files prints no result and leaves
 * no file of its set behind.
 */
class HostilePathsTest {
  private static final String FLEET =
      Path.of("..", "examples", "fleets", "h100-neocloud.yaml").toString();

  private static void assertOneLineUsageError(Cli.Result r, String... contains) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).as("no result printed").isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err())
        .startsWith("flopex: ")
        .contains(contains)
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void test_exportToADevice_isRefused_andTheDeviceStaysADevice() {
    for (String device : new String[] {"/dev/null", "/dev/full"}) {
      assumeTrue(Files.exists(Path.of(device)), device);
      assertOneLineUsageError(
          Cli.run("catalog", "export", "--format", "csv", "--output", device),
          "--output must be a new or regular file, not a device, FIFO or socket but was '"
              + device
              + "'");
      assertThat(Files.isRegularFile(Path.of(device))).isFalse();
    }
  }

  @Test
  void test_exportToDash_orDevStdout_isStandardOutput() {
    Cli.Result dash = Cli.run("catalog", "export", "--format", "csv", "--output", "-");
    assertThat(dash.code()).as(dash.err()).isZero();
    assertThat(dash.out()).startsWith("id,");
    Cli.Result stdout = Cli.run("catalog", "export", "--format", "csv", "--output", "/dev/stdout");
    assertThat(stdout.out()).isEqualTo(dash.out());
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void test_exportThroughASymlink_writesItsTarget_andKeepsTheLink(@TempDir Path dir)
      throws IOException {
    Path real = Files.writeString(dir.resolve("catalog.csv"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
    Cli.Result r = Cli.run("catalog", "export", "--format", "csv", "--output", link.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("id,");
  }

  @Test
  void test_reportToStandardOutput_isRefused() {
    assertOneLineUsageError(
        Cli.run("fleet", FLEET, "--html", "/dev/stdout"), "--html must name a file or directory");
    assertOneLineUsageError(
        Cli.run("fleet", FLEET, "--charts", "-"), "--charts must name a file or directory");
  }

  @Test
  void test_devZeroAndFifos_areRefusedAtOnce_notRead(@TempDir Path dir) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero");
    Path fifo = dir.resolve("fleet.yaml");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo");
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          assertOneLineUsageError(
              Cli.run("fleet", "/dev/zero"),
              "must be a regular file but was a device, FIFO or socket (/dev/zero)");
          assertOneLineUsageError(
              Cli.run("--catalog", "/dev/zero", "catalog", "list"), "must be a regular file");
          assertOneLineUsageError(
              Cli.run("fleet", fifo.toString()),
              "must be a regular file but was a device, FIFO or socket");
        });
  }

  @Test
  void test_invalidUtf8InAFleetFile_isRefusedWithItsLine(@TempDir Path dir) throws IOException {
    byte[] text = Files.readAllBytes(Path.of(FLEET));
    byte[] bad = new byte[text.length + 1];
    System.arraycopy(text, 0, bad, 0, text.length);
    bad[text.length] = (byte) 0xFF;
    Path f = Files.write(dir.resolve("bad.yaml"), bad);
    long lines =
        text.length == 0
            ? 0
            : new String(text, java.nio.charset.StandardCharsets.UTF_8).lines().count();
    assertOneLineUsageError(
        Cli.run("fleet", f.toString()),
        "bad.yaml:" + (lines + 1) + ": file must be UTF-8 text but was byte 0xFF");
  }

  @Test
  void test_aReportThatCannotBeWritten_printsNoResult_andLeavesNoFile(@TempDir Path dir)
      throws IOException {
    // the HTML's name is longer than the file system allows: the set fails as a whole, the charts
    // directory made for this run is removed again, and the table is not printed
    // (ReportFilesTest covers a set that fails after some files were staged)
    Path html = dir.resolve("r".repeat(300) + ".html");
    Path charts = dir.resolve("charts");
    Cli.Result r =
        Cli.run("fleet", FLEET, "--charts", charts.toString(), "--html", html.toString());
    assertOneLineUsageError(r, "--html", "must be writable (writing failed: ");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("no chart, no temporary file, no new directory").isEmpty();
    }
  }
}
