package qushi.analytics.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Display;
import qushi.analytics.core.Resources;

/**
 * A set of dated documents, listed and checked but not yet read. Documents are kept in (year, id)
 * order so that every analysis sees them in one fixed order.
 *
 * <pre>
 * var corpus = Corpus.load("seeds");      // a folder with corpus.csv
 * var mine = Corpus.loadByFileName("my"); // a folder of 2023-xxx.txt files
 * </pre>
 *
 * <p>A manifest may only name files inside its corpus folder (symbolic links followed): a corpus
 * received from someone else cannot pull other files of the machine into a report. {@link
 * #load(Path, boolean)} with {@code allowFilesOutside} lifts the rule for a user who means it.
 *
 * @param folder the folder the corpus came from ({@code Path.of("")} for in-memory corpora)
 * @param documents the documents, sorted by year then id
 * @param manifest the manifest the corpus was listed by, or null when it has none
 */
public record Corpus(Path folder, List<Document> documents, Manifest manifest) {
  /** Sorts and copies the documents. */
  public Corpus {
    documents =
        documents.stream()
            .sorted(Comparator.comparingInt(Document::year).thenComparing(Document::id))
            .toList();
    if (documents.isEmpty()) throw new BadInputException(folder + ": corpus has no documents");
  }

  /** Returns the corpus in {@code folder}, read through its {@code corpus.csv} manifest. */
  public static Corpus load(String folder) {
    return load(Resources.installed(folder));
  }

  /**
   * Returns the corpus in {@code folder}, listed by its {@code corpus.csv} manifest.
   *
   * @throws BadInputException naming the file and the problem when the folder, the manifest or a
   *     listed file cannot be used
   */
  public static Corpus load(Path folder) {
    return load(folder, false);
  }

  /**
   * Returns the corpus in {@code folder}; with {@code allowFilesOutside} the manifest may also name
   * files outside the folder.
   *
   * @throws BadInputException naming the file and the problem when the folder, the manifest or a
   *     listed file cannot be used, or a listed file lies outside the folder
   */
  public static Corpus load(Path folder, boolean allowFilesOutside) {
    checkFolder(folder);
    Manifest manifest = Manifest.read(folder);
    Path root = realPath(folder);
    List<Document> docs = new ArrayList<>();
    // the first listed file not found, and the others after it: one run names them all
    BadInputException missing = null;
    List<String> moreMissing = new ArrayList<>();
    for (Manifest.Entry e : manifest.entries()) {
      if (e.text() != null) {
        docs.add(Document.listed(e, new Document.InMemory(e.text())));
        continue;
      }
      Path file = folder.resolve(e.file()).normalize();
      String where = manifest.file() + " (line " + e.line() + ")";
      // the folder check comes first, so a manifest cannot even learn whether a file outside exists
      boolean inside =
          file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())
              && (!Files.exists(file) || realPath(file).startsWith(root));
      if (!allowFilesOutside && !inside) {
        if (missing != null) throw missing; // the problem that comes first in the manifest
        throw new BadInputException(
            manifest.file(),
            "line "
                + e.line()
                + ": file '"
                + e.file()
                + "' lies outside the corpus folder (a manifest may only name files inside it; "
                + "--allow-files-outside lifts this)");
      }
      if (!Files.exists(file)) {
        if (missing != null) {
          moreMissing.add(e.file() + " (line " + e.line() + ")");
          continue;
        }
        missing =
            new BadInputException(
                file,
                "listed in "
                    + where
                    + " but not found"
                    + (e.file().contains("\\")
                        ? "; write the folders of a path with /, not \\ ("
                            + e.file().replace('\\', '/')
                            + ")"
                        : otherCase(file)));
        continue;
      }
      if (!Files.isRegularFile(file)) {
        if (missing != null) throw missing;
        throw new BadInputException(file, "listed in " + where + " but not a regular file");
      }
      docs.add(Document.listed(e, new Document.OnDisk(file)));
    }
    if (missing != null && moreMissing.isEmpty()) throw missing;
    if (missing != null) {
      throw new BadInputException(
          missing.getMessage() + andMore(moreMissing, "listed file", "not found"));
    }
    return new Corpus(folder, docs, manifest);
  }

  /**
   * Returns the corpus of every file in {@code folder} and its subfolders (not hidden ones), in
   * order of their paths, in a format a corpus may hold ({@code .txt}, {@code .md}, {@code .pdf},
   * {@code .ofd}, {@code .docx}, {@code .doc}, {@code .html}, {@code .htm}, {@code .mhtml} …; see
   * {@link DocumentReader}), each of the year its name or a folder it lies in gives ({@code
   * 2023-report.txt}, {@code speeches/2023_a.pdf}, {@code 20231226.md}, {@code report-2019.pdf},
   * {@code 二〇一九年报告.docx}, {@code 2019/a.txt}; the rules: {@link FileYears}); the id is the file
   * name without its extension (its path in the folder without the extension where the name stands
   * in two folders: {@code 热风/1926-后记}, {@code 坟/1926-后记}), and the file its path in the folder.
   *
   * @throws BadInputException when the folder has no such file, a file of these formats has no year
   *     (or a name two years), two files give the same id, or a file is a link to one outside the
   *     folder
   */
  public static Corpus loadByFileName(Path folder) {
    return loadByFileName(folder, false);
  }

  /**
   * Returns the corpus of every file in {@code folder} dated by its name or folders, as {@link
   * #loadByFileName(Path)} does; with {@code allowFilesOutside} a file may also be a link to one
   * outside the folder.
   *
   * @throws BadInputException when the folder has no such file, a file of these formats has no year
   *     (or a name two years), two files give the same id, or (without {@code allowFilesOutside}) a
   *     file is a link to one outside the folder
   */
  public static Corpus loadByFileName(Path folder, boolean allowFilesOutside) {
    checkFolder(folder);
    Path root = realPath(folder);
    List<Document> docs = new ArrayList<>();
    try {
      List<Path> files = listed(folder);
      List<String> paths = files.stream().map(f -> relative(folder, f)).toList();
      List<String> fileIds = fileIds(paths);
      java.util.Set<String> ids = new java.util.HashSet<>();
      int[] years = new int[files.size()];
      List<String> undated = new ArrayList<>();
      String problem = null;
      for (int k = 0; k < files.size(); k++) {
        try {
          years[k] = FileYears.of(paths.get(k));
        } catch (IllegalArgumentException e) {
          if (problem == null) problem = e.getMessage();
          undated.add(paths.get(k));
        }
      }
      if (!undated.isEmpty()) {
        // every file the rule cannot date, so that one run names them all
        throw new BadInputException(
            folder.resolve(undated.get(0)),
            problem
                + andMore(undated.subList(1, undated.size()), "file", "whose year cannot be read"));
      }
      for (int k = 0; k < files.size(); k++) {
        Path file = files.get(k);
        String path = paths.get(k);
        int year = years[k];
        if (!Files.isRegularFile(file)) throw new BadInputException(file, "not a regular file");
        // a link to a file elsewhere would bring it into the corpus, as a manifest may not
        Path real = realPath(file);
        if (!allowFilesOutside && !real.startsWith(root)) {
          throw new BadInputException(
              file,
              "a link to a file outside the corpus folder ("
                  + real
                  + "; --allow-files-outside lifts this)");
        }
        String id = fileIds.get(k);
        if (!ids.add(id))
          throw new BadInputException(
              file,
              "another file has the id '"
                  + id
                  + "' (the name without its extension: the same text in two formats?)");
        docs.add(
            new Document(
                id, path, year, id, "", Map.of("id", id, "file", path), new Document.OnDisk(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
    }
    if (docs.isEmpty())
      throw new BadInputException(
          folder,
          "no corpus files found ("
              + String.join(", ", DocumentReader.LISTED)
              + ")"
              + (Files.exists(folder.resolve(Manifest.FILE_NAME))
                  ? "; its " + Manifest.FILE_NAME + " is read without --years-from-filenames"
                  : ""));
    return new Corpus(folder, docs, null);
  }

  /**
   * Returns "; N more THINGS WHAT: a, b, c, …", the first three of {@code others} named, or "" when
   * there are none: the other files of one problem, after the first.
   */
  private static String andMore(List<String> others, String thing, String what) {
    if (others.isEmpty()) return "";
    return "; "
        + others.size()
        + " more "
        + thing
        + (others.size() == 1 ? " " : "s ")
        + what
        + ": "
        + Display.first(others, 3);
  }

  /**
   * Returns the id of each file of {@code paths} (written with {@code /}): its name without the
   * extension, or its path without it where two of the paths have that name (后记 of two collections:
   * 热风/1926-后记, 坟/1926-后记).
   */
  static List<String> fileIds(List<String> paths) {
    Map<String, Integer> names = new java.util.HashMap<>();
    for (String p : paths) names.merge(stem(name(p)), 1, Integer::sum);
    return paths.stream().map(p -> names.get(stem(name(p))) > 1 ? stem(p) : stem(name(p))).toList();
  }

  /** Returns the last part of a path written with {@code /}. */
  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Returns a file name or path without the extension of its last part. */
  private static String stem(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.length() - name(path).length() ? path.substring(0, dot) : path;
  }

  /**
   * Returns the files of the formats a corpus may hold in {@code folder} and its subfolders, in
   * order of their paths; hidden folders and files (a name that starts with a dot) are not entered
   * or listed, and a folder that cannot be read is named in a {@link BadInputException}.
   */
  private static List<Path> listed(Path folder) throws IOException {
    List<Path> out = new ArrayList<>();
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!file.getFileName().toString().startsWith(".")
                && DocumentReader.LISTED.contains(DocumentReader.extension(file))) out.add(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            throw new BadInputException(file, "cannot be read (" + e.getMessage() + ")");
          }
        });
    out.sort(Comparator.comparing(p -> relative(folder, p)));
    return out;
  }

  /** Returns the path of {@code file} in {@code folder}, with / between its parts. */
  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  /**
   * Returns the corpus in {@code folder} with years taken from file names; see {@link
   * #loadByFileName(Path)}.
   */
  public static Corpus loadByFileName(String folder) {
    return loadByFileName(Resources.installed(folder));
  }

  /**
   * Returns an in-memory corpus of texts: {@code ofTexts(2021, "text…", 2024, "text…")}, ids {@code
   * doc01, doc02, …} in argument order.
   *
   * @throws BadInputException if the arguments are not (Integer year, String text) pairs
   */
  public static Corpus ofTexts(Object... yearTextPairs) {
    if (yearTextPairs.length == 0 || yearTextPairs.length % 2 != 0) {
      throw new BadInputException(
          "ofTexts takes (year, text) pairs, was " + yearTextPairs.length + " arguments");
    }
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < yearTextPairs.length; i += 2) {
      if (!(yearTextPairs[i] instanceof Integer year)
          || !(yearTextPairs[i + 1] instanceof String text)) {
        throw new BadInputException(
            "ofTexts argument " + i + " must be an int year followed by a String text");
      }
      String id = String.format("doc%02d", i / 2 + 1);
      docs.add(
          new Document(id, id, year, "", "", new LinkedHashMap<>(), new Document.InMemory(text)));
    }
    return new Corpus(Path.of(""), docs, null);
  }

  /** Returns the distinct years, ascending. */
  public SortedSet<Integer> years() {
    SortedSet<Integer> years = new TreeSet<>();
    for (Document d : documents) years.add(d.year());
    return years;
  }

  /** Returns the document with this id. */
  public Optional<Document> document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "Corpus[" + folder + ", " + documents.size() + " documents, years " + years() + "]";
  }

  private static void checkFolder(Path folder) {
    if (!Files.exists(folder)) throw new BadInputException(folder, "corpus folder not found");
    if (!Files.isDirectory(folder))
      throw new BadInputException(
          folder, "not a folder (--corpus takes a folder with a corpus.csv)");
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new BadInputException(
          p, "cannot resolve the path (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Returns a hint when the folder holds a file whose name differs from the missing one's only in
   * letter case ("; there is gwr-1980.txt: names are case-sensitive"), or that is the missing name
   * with an extension (a list of titles exported without them: "; there is 报告.docx: write the
   * file's extension"), else "".
   */
  private static String otherCase(Path file) {
    Path parent = file.getParent();
    String name = file.getFileName().toString();
    if (parent == null || !Files.isDirectory(parent)) return "";
    try (var listing = Files.list(parent)) {
      List<String> names = listing.map(p -> p.getFileName().toString()).sorted().toList();
      for (String n : names) {
        if (n.equalsIgnoreCase(name)) return "; there is " + n + ": names are case-sensitive";
      }
      List<String> extended =
          names.stream()
              .filter(n -> n.startsWith(name + ".") && n.length() > name.length() + 1)
              .toList();
      return extended.isEmpty()
          ? ""
          : "; there is "
              + String.join(" and ", extended.subList(0, Math.min(2, extended.size())))
              + ": write the file's extension";
    } catch (IOException e) {
      return "";
    }
  }
}
