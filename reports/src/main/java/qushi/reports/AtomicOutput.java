package qushi.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import qushi.analytics.core.BadInputException;

/**
 * Replaces a report folder as a whole, so that a reader sees the old report or the new one, never a
 * mix, and nothing of an earlier run stays behind.
 *
 * <ol>
 *   <li>Every file is written in full into a new sibling folder {@code .NAME.tmp-PID-N}.
 *   <li>The old folder (if any) is renamed to {@code .NAME.old-PID-N}, the new one to {@code NAME}
 *       (two renames in one file system; each is atomic), and the old one is deleted.
 *   <li>If the second rename fails, the old folder is renamed back.
 * </ol>
 *
 * <p>Temporary and old folders of runs that are no longer alive (killed between steps) are cleaned
 * up by the next run: a left-over old folder is restored when the target is missing, otherwise
 * deleted. A folder is only ever replaced when it is empty or was written by this class and holds
 * nothing else (it holds the marker file {@value #MARKER}, which lists the files written), so
 * {@code --out} pointed at a folder of other files, or at a report beside which a user put a file,
 * is refused instead of emptied.
 */
final class AtomicOutput {
  /** The file that marks a folder as a qushi report, which a later run may replace. */
  static final String MARKER = ".qushi-report";

  private static final Pattern LEFT_OVER = Pattern.compile("\\.(.+)\\.(tmp|old)-(\\d+)-\\d+");

  /** Steps of a write at which a fault test may stop it: "written", "old moved aside". */
  interface Faults {
    /** Called when {@code step} is reached. */
    void reached(String step) throws IOException;
  }

  /** The fault hook: does nothing except in fault tests. */
  static volatile Faults faults = step -> {};

  private AtomicOutput() {}

  /**
   * Writes {@code files} (name → bytes, in order) as the whole content of folder {@code dir} and
   * returns the path of the last file.
   *
   * @throws BadInputException if {@code dir} cannot be a report folder (a file, the root, a folder
   *     of other files)
   * @throws UncheckedIOException naming the folder when writing or renaming fails
   */
  static Path write(Path dir, Map<String, byte[]> files) {
    Path target = folder(dir);
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    Path tmp = null;
    try {
      Files.createDirectories(parent);
      recover(parent, name);
      requireReplaceable(target, dir);
      String id = ProcessHandle.current().pid() + "-" + System.nanoTime();
      tmp = parent.resolve("." + name + ".tmp-" + id);
      Files.createDirectory(tmp);
      keepPermissions(target, tmp);
      Path last = null;
      for (var e : files.entrySet()) last = Files.write(tmp.resolve(e.getKey()), e.getValue());
      // the marker lists the files the report wrote: only those are replaced by the next run
      Files.writeString(tmp.resolve(MARKER), String.join("\n", files.keySet()) + "\n");
      faults.reached("written");
      swap(tmp, target, parent.resolve("." + name + ".old-" + id));
      tmp = null;
      return last == null ? target : target.resolve(last.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write the report: " + why(e), e);
    } finally {
      if (tmp != null) delete(tmp);
    }
  }

  /**
   * Checks that {@code dir} can take a report: not the root, not a file, and, if it exists, empty
   * or an earlier report.
   *
   * @throws BadInputException naming {@code --out} and the problem
   */
  static void check(Path dir) {
    Path target = folder(dir);
    try {
      requireReplaceable(target, dir);
    } catch (IOException e) {
      throw BadInputException.option(
          "out", "cannot be read: " + dir + " (" + e.getClass().getSimpleName() + ")");
    }
    // the report is written next to the folder and moved in place: the nearest existing folder
    // above it must take new files (found before the analysis, not after)
    Path above = target.getParent();
    while (above != null && !Files.exists(above)) above = above.getParent();
    if (above != null && !Files.isDirectory(above)) {
      throw BadInputException.option(
          "out", "cannot be written: " + above + " is a file, not a folder");
    }
    if (above != null && !Files.isWritable(above)) {
      throw BadInputException.option("out", "cannot be written: permission denied in " + above);
    }
  }

  /**
   * Returns {@code dir} as an absolute, normalized path after checking that it is neither the root
   * nor a file.
   */
  private static Path folder(Path dir) {
    if (dir.toString().isBlank()) throw BadInputException.option("out", "is empty");
    Path target = dir.toAbsolutePath().normalize();
    if (target.getParent() == null) {
      throw BadInputException.option("out", "must be a folder below the root, was " + dir);
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw BadInputException.option("out", "must be a folder, " + dir + " is a file");
    }
    // a page's name where a folder is asked for would become a folder of that name
    String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!Files.isDirectory(target) && (name.endsWith(".html") || name.endsWith(".htm"))) {
      throw BadInputException.option(
          "out",
          "names the folder the report is written to (index.html and its CSV files), not the"
              + " page: "
              + dir
              + " would become a folder; give a folder such as "
              + dir.resolveSibling(name.substring(0, name.lastIndexOf('.'))));
    }
    return target;
  }

  /**
   * Checks that the folder {@code target}, if it exists, is empty or holds an earlier report and
   * nothing else.
   */
  private static void requireReplaceable(Path target, Path dir) throws IOException {
    if (!Files.isDirectory(target)) return;
    if (!Files.exists(target.resolve(MARKER))) {
      // not a report: replaced only when empty (a folder of a user's own index.html or CSV
      // files is theirs)
      try (Stream<Path> s = Files.list(target)) {
        if (s.findAny().isEmpty()) return;
      }
      throw BadInputException.option(
          "out",
          "must be a new or empty folder or an earlier report; "
              + dir
              + " holds other files (qushi replaces the whole folder)");
    }
    List<String> other = otherFiles(target);
    if (other.isEmpty()) return;
    throw BadInputException.option(
        "out",
        "holds an earlier report and files it did not write ("
            + String.join(", ", other.subList(0, Math.min(3, other.size())))
            + (other.size() > 3 ? ", …" : "")
            + "): qushi replaces the whole folder, so move them out first");
  }

  /**
   * Gives {@code fresh} the permissions of the folder it replaces, if any: a report folder that its
   * owner made read-only for others stays so (where the file system has POSIX permissions).
   */
  private static void keepPermissions(Path target, Path fresh) throws IOException {
    // without POSIX permissions (Windows) the new folder has the default ones
    if (!Files.isDirectory(target)
        || !target.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
    Files.setPosixFilePermissions(fresh, Files.getPosixFilePermissions(target));
  }

  /**
   * Puts {@code fresh} in place of {@code target}, keeping the old content until it is in place.
   */
  private static void swap(Path fresh, Path target, Path old) throws IOException {
    boolean hadOld = Files.exists(target);
    if (hadOld) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      faults.reached("old moved aside");
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (hadOld) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    if (hadOld) delete(old);
  }

  /**
   * Cleans up after runs that died between steps: their temporary folders are deleted; an old
   * folder is restored when the target is missing (the run died between the two renames) and
   * deleted otherwise.
   */
  private static void recover(Path parent, String name) throws IOException {
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".*")) {
      for (Path p : siblings) {
        Matcher m = LEFT_OVER.matcher(p.getFileName().toString());
        if (!m.matches() || !m.group(1).equals(name) || alive(Long.parseLong(m.group(3)))) continue;
        Path target = parent.resolve(name);
        if (m.group(2).equals("old") && !Files.exists(target)) {
          Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
          delete(p);
        }
      }
    }
  }

  private static boolean alive(long pid) {
    return pid != ProcessHandle.current().pid()
        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Returns the names of the entries of the report folder {@code dir} that its report did not
   * write, sorted: the files its marker does not list (a marker written before the marker listed
   * them is empty: then every file but the page and the CSV files).
   */
  private static List<String> otherFiles(Path dir) throws IOException {
    java.util.Set<String> own = new java.util.HashSet<>(Files.readAllLines(dir.resolve(MARKER)));
    own.remove("");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                if (!Files.isRegularFile(p)) return true;
                if (n.equals(MARKER)) return false;
                return own.isEmpty()
                    ? !(n.equals("index.html") || n.endsWith(".csv"))
                    : !own.contains(n);
              })
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      // a left-over temporary folder does no harm: the next run removes it
    }
  }

  /** Returns what went wrong in writing, in words: the file system's reason, not only a path. */
  private static String why(IOException e) {
    String reason =
        e instanceof java.nio.file.AccessDeniedException
            ? "permission denied"
            : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                ? f.getReason()
                : e.getClass().getSimpleName();
    String m = e instanceof java.nio.file.FileSystemException f ? f.getFile() : e.getMessage();
    return m == null ? reason : reason + " (" + m + ")";
  }
}
