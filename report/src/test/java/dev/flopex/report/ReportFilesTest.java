package dev.flopex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flopex.core.validation.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an output path may be, and a set of files written all or none (issue 10). */
class ReportFilesTest {
  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Map<Path, byte[]> set(Object... pathsAndTexts) {
    Map<Path, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      m.put((Path) pathsAndTexts[i], bytes((String) pathsAndTexts[i + 1]));
    }
    return m;
  }

  private void assertOnly(Path... expected) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file left behind").containsExactlyInAnyOrder(expected);
    }
  }

  @Test
  void test_devices_areRefusedAndNeverReplaced() {
    for (String device : new String[] {"/dev/null", "/dev/full"}) {
      Path p = Path.of(device);
      assumeTrue(Files.exists(p), device);
      assertThatThrownBy(() -> ReportFiles.write(p, bytes("x")))
          .isInstanceOf(ValidationException.class)
          .hasMessage(
              "report file must be a new or regular file, not a device, FIFO or socket but was '"
                  + device
                  + "'");
      assertThat(Files.isRegularFile(p)).as("%s is still a device", device).isFalse();
    }
  }

  @Test
  void test_symlinkToAFile_isWrittenThrough_theLinkStays() throws IOException {
    Path real = Files.writeString(dir.resolve("real.html"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.html"), real);
    assertThat(ReportFiles.checkWritable(link)).isEqualTo(real.toRealPath());
    ReportFiles.write(link, bytes("new"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
    assertOnly(real, link);
  }

  @Test
  void test_symlinkToADevice_orToNothing_isRefused() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/null")), "/dev/null");
    Path toDevice = Files.createSymbolicLink(dir.resolve("null.html"), Path.of("/dev/null"));
    assertThatThrownBy(() -> ReportFiles.write(toDevice, bytes("x")))
        .hasMessageContaining(
            "must be a new or regular file, not a symbolic link to a device, FIFO or socket (/dev/null)");
    Path dangling = Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("missing.html"));
    assertThatThrownBy(() -> ReportFiles.write(dangling, bytes("x")))
        .hasMessageContaining("must not be a symbolic link to a missing file");
    assertThat(Files.isSymbolicLink(toDevice) && Files.isSymbolicLink(dangling)).isTrue();
    assertThat(Files.exists(dir.resolve("missing.html"), LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void test_fifo_isRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("pipe.html");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available");
      return;
    }
    assumeTrue(p.waitFor() == 0, "mkfifo made a FIFO");
    assertThatThrownBy(() -> ReportFiles.write(fifo, bytes("x")))
        .hasMessageContaining("must be a new or regular file, not a device, FIFO or socket");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void test_aSetIsWrittenAllOrNone() throws IOException {
    Path a = Files.writeString(dir.resolve("a.html"), "old a");
    Path b = dir.resolve("b.png");
    // a name longer than the file system allows passes the checks (it does not exist) but cannot be
    // created: the first file's temporary copy is already written when the second fails
    Path tooLong = dir.resolve("c".repeat(300) + ".svg");
    assertThatThrownBy(() -> ReportFiles.writeAll(set(a, "new a", b, "new b", tooLong, "new c")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be writable (writing failed: ")
        .hasMessageContaining(tooLong.getFileName().toString());
    assertThat(Files.readString(a)).as("untouched").isEqualTo("old a");
    assertOnly(a);

    ReportFiles.writeAll(set(a, "new a", b, "new b"));
    assertThat(Files.readString(a)).isEqualTo("new a");
    assertThat(Files.readString(b)).isEqualTo("new b");
    assertOnly(a, b);
  }

  @Test
  void test_aSetWithABadTarget_isRefusedBeforeAnyWrite() throws IOException {
    Path a = Files.writeString(dir.resolve("a.html"), "old a");
    Path sub = Files.createDirectory(dir.resolve("sub"));
    assertThatThrownBy(() -> ReportFiles.writeAll(set(a, "new a", sub, "x")))
        .hasMessageContaining("must be a file, not a directory");
    assertThat(Files.readString(a)).isEqualTo("old a");
    assertOnly(a, sub);
  }

  @Test
  void test_theSameFileTwiceInASet_isRefused() throws IOException {
    Path real = Files.writeString(dir.resolve("r.html"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("l.html"), real);
    assertThatThrownBy(() -> ReportFiles.writeAll(set(real, "one", link, "two")))
        .hasMessageContaining("must be written once");
    assertThat(Files.readString(real)).isEqualTo("old");
  }
}
