package qushi.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import qushi.analytics.core.BadInputException;

/**
 * Writes a set of files into a folder so that a reader never sees a half-written file: each file is
 * written in full to a temporary folder next to the target, then renamed into place ({@link
 * StandardCopyOption#ATOMIC_MOVE}), in the order given (the report puts index.html last). The
 * temporary folder is removed whatever happens.
 */
final class AtomicOutput {
  private AtomicOutput() {}

  /** Writes {@code files} (name → bytes) into {@code dir}; returns the path of the last file. */
  static Path write(Path dir, Map<String, byte[]> files) {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new BadInputException(dir, "--out must be a folder, this is a file");
    }
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
      for (var e : files.entrySet()) Files.write(tmp.resolve(e.getKey()), e.getValue());
      Files.createDirectories(target);
      Path last = null;
      for (String name : files.keySet()) {
        last = target.resolve(name);
        Files.move(
            tmp.resolve(name),
            last,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      return last;
    } catch (FileAlreadyExistsException e) {
      throw new BadInputException(
          dir, "cannot create the output folder: " + e.getFile() + " is a file");
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write the report: " + e.getMessage(), e);
    } finally {
      if (tmp != null) delete(tmp);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      // leaving a temporary folder behind does no harm to the report itself
    }
  }
}
