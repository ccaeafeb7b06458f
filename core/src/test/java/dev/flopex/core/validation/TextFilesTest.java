package dev.flopex.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a user's data file: only regular files, a cap enforced while reading, strict UTF-8. */
class TextFilesTest {
  private static final long CAP = 1024;

  @TempDir Path dir;

  private static String read(Path p) {
    return TextFiles.read(p, CAP, DataFileException::new);
  }

  @Test
  void test_regularFileAndALinkToOne_areRead() throws IOException {
    Path f = Files.writeString(dir.resolve("fleet.yaml"), "name: ü €\n", StandardCharsets.UTF_8);
    assertThat(read(f)).isEqualTo("name: ü €\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), f);
    assertThat(read(link)).isEqualTo("name: ü €\n");
  }

  @Test
  void test_missingFile_saysSo() {
    assertThatThrownBy(() -> read(dir.resolve("nope.yaml")))
        .isInstanceOf(DataFileException.class)
        .hasMessage("nope.yaml: file must exist but was " + dir.resolve("nope.yaml"));
  }

  @Test
  void test_directory_isRefused() {
    assertThatThrownBy(() -> read(dir))
        .hasMessageContaining("file must be a regular file but was a directory");
  }

  @Test
  void test_devZero_isRefusedBeforeReading() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a Unix /dev/zero");
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertThatThrownBy(() -> read(zero))
              .isInstanceOf(DataFileException.class)
              .hasMessage(
                  "zero: file must be a regular file but was a device, FIFO or socket (/dev/zero)");
          // a symbolic link to a device is refused too: the link is followed to what it names
          Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), zero);
          assertThatThrownBy(() -> read(link))
              .hasMessageContaining("must be a regular file but was a device, FIFO or socket");
        });
  }

  @Test
  void test_fifo_isRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available");
      return;
    }
    assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo made a FIFO");
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> read(fifo))
                .hasMessageContaining("must be a regular file but was a device, FIFO or socket"));
  }

  @Test
  void test_capIsEnforcedWhileReading_notTrustedFromTheSize() throws IOException {
    Path big = Files.write(dir.resolve("big.yaml"), new byte[(int) CAP + 1]);
    assertThatThrownBy(() -> read(big))
        .hasMessage("big.yaml: file must be at most 1024 bytes but was more than 1024 bytes");
    Path exact =
        Files.write(
            dir.resolve("exact.yaml"), "a".repeat((int) CAP).getBytes(StandardCharsets.US_ASCII));
    assertThat(read(exact)).hasSize((int) CAP);
    // an endless stream stops one chunk past the cap
    InputStream endless =
        new InputStream() {
          long served;

          @Override
          public int read() {
            served++;
            return 'a';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            return len;
          }
        };
    assertThatThrownBy(() -> TextFiles.read("<stdin>", endless, CAP, DataFileException::new))
        .hasMessage("<stdin>: file must be at most 1024 bytes but was more than 1024 bytes");
  }

  @Test
  void test_invalidUtf8_isRefusedWithLineAndOffset_neverReplaced() throws IOException {
    byte[] bad = "a: 1\nb: x\n".getBytes(StandardCharsets.US_ASCII);
    bad[8] = (byte) 0xFF;
    assertThatThrownBy(
            () ->
                TextFiles.read(
                    "bad.yaml", new ByteArrayInputStream(bad), CAP, DataFileException::new))
        .isInstanceOf(DataFileException.class)
        .hasMessage("bad.yaml:2: file must be UTF-8 text but was byte 0xFF at byte offset 8");
    // a sequence cut off at the end of the file
    byte[] cut = {'a', ':', ' ', (byte) 0xE2, (byte) 0x82};
    assertThatThrownBy(() -> TextFiles.decode("cut.yaml", cut, DataFileException::new))
        .hasMessage("cut.yaml:1: file must be UTF-8 text but was byte 0xE2 at byte offset 3");
    // an overlong encoding of '/' (0xC0 0xAF) is not UTF-8
    assertThatThrownBy(
            () ->
                TextFiles.decode(
                    "long.yaml", new byte[] {(byte) 0xC0, (byte) 0xAF}, DataFileException::new))
        .hasMessageContaining("must be UTF-8 text but was byte 0xC0 at byte offset 0");
  }

  @Test
  void test_errorsFactory_choosesTheExceptionType() {
    class MyException extends DataFileException {
      private static final long serialVersionUID = 1L;

      MyException(String file, int line, String field, String value, String rule, Throwable cause) {
        super(file, line, field, value, rule, cause);
      }
    }
    assertThatThrownBy(() -> TextFiles.read(dir, CAP, MyException::new))
        .isInstanceOf(MyException.class);
  }

  @Test
  void test_capMustBePositive() {
    assertThatThrownBy(
            () ->
                TextFiles.read(
                    "x", new ByteArrayInputStream(new byte[0]), 0, DataFileException::new))
        .isInstanceOf(ValidationException.class)
        .hasMessage("maxBytes must be > 0 but was 0");
  }

  @Test
  void test_aNameTooLong_isSaidInWords_notAsAJavaClass() {
    Path p = dir.resolve("x".repeat(300));
    assertThatThrownBy(() -> read(p))
        .hasMessageContaining("must be a readable file (File name too long)")
        .hasMessageNotContaining("Exception");
    assertThat(TextFiles.reason(new IOException("boom"))).isEqualTo("input/output error");
    assertThat(TextFiles.reason(new java.nio.file.AccessDeniedException("f")))
        .isEqualTo("access denied");
  }
}
