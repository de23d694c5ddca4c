package qushi;

import java.nio.file.Path;
import java.util.List;
import qushi.analytics.core.BadInputException;
import qushi.analytics.corpus.Corpus;
import qushi.analytics.corpus.Document;
import qushi.analytics.internal.TextFiles;

/**
 * What a command checks and reads before it prepares a corpus: a manifest's columns and ids, read
 * from the manifest alone, and the list files it is given. Kept apart from {@link Qushi}, whose
 * methods are the analyses.
 */
public final class Inputs {
  private Inputs() {}

  /**
   * Checks that {@code column} is a column of the manifest of the corpus in {@code folder} (listed
   * by file name when {@code byFileName}), reading the manifest only: a command can refuse a column
   * before it prepares the text.
   *
   * @throws BadInputException naming {@code option} and the manifest's columns when it is not
   */
  public static void requireColumn(
      Path folder, boolean byFileName, Options options, String option, String column) {
    Document.requireColumn(listed(folder, byFileName, options).documents(), option, column);
  }

  /**
   * Checks that a document of the corpus in {@code folder} (listed by file name when {@code
   * byFileName}) has the {@code id}, reading the manifest only: a command can refuse an id before
   * it prepares the text.
   *
   * @throws BadInputException naming the first ids when none has it
   */
  public static void requireDocument(Path folder, boolean byFileName, Options options, String id) {
    List<String> ids =
        listed(folder, byFileName, options).documents().stream().map(Document::id).toList();
    if (!ids.contains(id)) throw Document.unknownId(id, ids);
  }

  private static Corpus listed(Path folder, boolean byFileName, Options options) {
    return byFileName
        ? Corpus.loadByFileName(folder, options.allowFilesOutside())
        : Corpus.load(folder, options.allowFilesOutside());
  }

  /**
   * Returns the entries of a list file (terms, watch terms): one per line, stripped, blank lines
   * and lines starting with {@code #} left out.
   *
   * @param what what the file holds, for the message ("term file")
   * @throws BadInputException naming the file when it is missing or not text
   */
  public static List<String> readList(Path file, String what) {
    return TextFiles.readList(file, what);
  }
}
