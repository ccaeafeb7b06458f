package dev.flopex.report;

import dev.flopex.core.validation.ValidationException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes report files atomically, one file or a set of them: each file's content goes to a
 * temporary file in its target's directory; only when every temporary file of the set is written
 * are they moved over their targets. A reader sees the old file or the new one, never half of one,
 * and a failed write (disk full, read-only directory) leaves every target untouched and no
 * temporary file behind.
 *
 * <p>What a target may be:
 *
 * <ul>
 *   <li>a new file in an existing directory, or an existing regular file (replaced);
 *   <li>a symbolic link to a regular file: written through, so the link stays a link and the file
 *       it names gets the content;
 *   <li>anything else is refused before any work: a directory, a device such as {@code /dev/null}
 *       or {@code /dev/full}, a FIFO, a socket, a link to one of these, or a link to nothing.
 * </ul>
 *
 * A device is never replaced by a regular file.
 *
 * @since 0.1
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Checks, before any work, that {@link #write} could place a file at {@code file}.
   *
   * @param file the target
   * @return where the content will be written: the absolute, normalised target, or the regular file
   *     a symbolic link names
   * @throws ValidationException naming the file and the rule it broke
   */
  public static Path checkWritable(Path file) {
    Path target = file.toAbsolutePath().normalize();
    Path dir = target.getParent();
    if (dir == null || target.getFileName() == null) {
      throw refused(file, "must name a file, not a root directory");
    }
    if (!Files.isDirectory(dir)) {
      throw refused(file, "must be in an existing directory (" + dir + " does not exist)");
    }
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return target; // nothing there yet: a new file
    }
    if (own.isSymbolicLink()) {
      Path real;
      try {
        real = target.toRealPath();
      } catch (IOException e) {
        throw refused(
            file,
            "must not be a symbolic link to a missing file (it would be left dangling or replaced)");
      }
      if (!Files.isRegularFile(real)) {
        throw refused(
            file,
            "must be a new or regular file, not a symbolic link to "
                + kind(real)
                + " ("
                + real
                + ")");
      }
      return real;
    }
    if (own.isDirectory()) {
      throw refused(file, "must be a file, not a directory");
    }
    if (!own.isRegularFile()) {
      throw refused(file, "must be a new or regular file, not " + kind(target));
    }
    return target;
  }

  /**
   * Writes {@code content} to {@code file}, replacing it if it exists ({@link #writeAll} with one
   * file).
   *
   * @param file the target
   * @param content the bytes to write
   * @throws ValidationException naming the file and the reason
   */
  public static void write(Path file, byte[] content) {
    Map<Path, byte[]> one = new LinkedHashMap<>();
    one.put(file, content);
    writeAll(one);
  }

  /**
   * Writes a set of files, all or none: every target is checked, then every temporary file is
   * written, then all are moved into place. If a check or a temporary write fails, no target is
   * touched and every temporary file is removed. (The moves themselves are renames within each
   * target's directory; should one fail after others succeeded, the earlier targets keep their new
   * content and the error names the file that failed.)
   *
   * @param files the targets and their contents, in the order to write them
   * @throws ValidationException naming the file that failed and the reason
   */
  public static void writeAll(Map<Path, byte[]> files) {
    List<Path> requested = new ArrayList<>(files.keySet());
    List<Path> targets = new ArrayList<>();
    for (Path f : requested) {
      targets.add(checkWritable(f));
    }
    for (int i = 0; i < targets.size(); i++) {
      if (targets.subList(0, i).contains(targets.get(i))) {
        throw refused(
            requested.get(i), "must be written once (the set names " + targets.get(i) + " twice)");
      }
    }
    List<Path> temps = new ArrayList<>();
    int i = 0;
    try {
      for (; i < targets.size(); i++) {
        Path target = targets.get(i);
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        temps.add(tmp);
        Files.write(tmp, files.get(requested.get(i)));
        permissions(tmp, target);
      }
      for (i = 0; i < targets.size(); i++) {
        move(temps.get(i), targets.get(i));
      }
      temps.clear();
    } catch (IOException | SecurityException e) {
      throw refused(
          requested.get(Math.min(i, requested.size() - 1)),
          "must be writable (writing failed: " + reason(e) + ")",
          e);
    } finally {
      for (Path tmp : temps) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write already failed and is reported; a stray temporary file is the lesser problem
        }
      }
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String kind(Path p) {
    if (Files.isDirectory(p)) {
      return "a directory";
    }
    return "a device, FIFO or socket";
  }

  private static ValidationException refused(Path file, String rule) {
    return new ValidationException("report file", "'" + file + "'", rule);
  }

  private static ValidationException refused(Path file, String rule, Throwable cause) {
    return new ValidationException("report file", "'" + file + "'", rule, cause);
  }

  /**
   * Gives the temporary file (created owner-only) the permissions of the file it replaces, or
   * rw-r--r-- for a new file, as a plain write would under the usual umask. No-op off POSIX.
   */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!Files.getFileStore(tmp)
        .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> p =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, p);
  }

  private static String reason(Exception e) {
    String name = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
  }
}
