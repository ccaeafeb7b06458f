package dev.flopex.report;

import dev.flopex.core.validation.ValidationException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes report files atomically: the content goes to a temporary file in the target's directory,
 * which is then moved over the target. A reader sees the old file or the new one, never half of
 * one; a failed write leaves the target untouched and removes the temporary file.
 *
 * @since 0.1
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Checks, before any work, that {@link #write} could place a file at {@code file}: it names a
   * file (not a directory) in an existing directory.
   *
   * @param file the target
   * @return the target as an absolute, normalised path
   * @throws ValidationException naming the file and the rule it broke
   */
  public static Path checkWritable(Path file) {
    Path target = file.toAbsolutePath().normalize();
    Path dir = target.getParent();
    if (dir == null || target.getFileName() == null) {
      throw new ValidationException("report file", "'" + file + "'", "must name a file, not a root directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new ValidationException("report file", "'" + file + "'", "must be in an existing directory (" + dir + " does not exist)");
    }
    if (Files.isDirectory(target)) {
      throw new ValidationException("report file", "'" + file + "'", "must be a file, not a directory");
    }
    return target;
  }

  /**
   * Writes {@code content} to {@code file}, replacing it if it exists.
   *
   * @param file the target; its directory must exist
   * @param content the bytes to write
   * @throws ValidationException naming the file and the reason when the directory does not exist,
   *     the target is a directory, or the file system refuses the write
   */
  public static void write(Path file, byte[] content) {
    Path target = checkWritable(file);
    Path dir = target.getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.write(tmp, content);
      permissions(tmp, target);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | SecurityException e) {
      throw new ValidationException("report file", "'" + file + "'", "must be writable (writing failed: " + reason(e) + ")", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write already failed and is reported; a stray temporary file is the lesser problem
        }
      }
    }
  }

  /**
   * Gives the temporary file (created owner-only) the permissions of the file it replaces, or
   * rw-r--r-- for a new file, as a plain write would under the usual umask. No-op off POSIX.
   */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> p = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, p);
  }

  private static String reason(Exception e) {
    String name = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
  }
}
