package qushi.analytics.corpus;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import qushi.analytics.core.BadInputException;
import qushi.analytics.core.Check;

/**
 * One dated document of a corpus: what the manifest says of it and where its text is. The text
 * itself is read (and hashed) by {@link #read()} when the corpus is prepared, so a corpus of many
 * files is never held in memory twice.
 *
 * @param id unique id from the manifest (letters, digits, '-', '_', '.')
 * @param file file name relative to the corpus folder, as the manifest gives it ({@code
 *     corpus.csv:LINE} for a text the manifest holds)
 * @param year the year the document belongs to
 * @param title title from the manifest ("" when absent)
 * @param source publisher or source from the manifest ("" when absent)
 * @param metadata every manifest column of this row, in manifest order
 * @param content where the text is: a file on disk, or a string held in memory
 */
public record Document(
    String id,
    String file,
    int year,
    String title,
    String source,
    Map<String, String> metadata,
    Content content) {

  /** Where a document's text comes from. */
  public sealed interface Content permits OnDisk, InMemory, Located {}

  /**
   * A text in a file.
   *
   * @param path the file, resolved against the corpus folder
   */
  public record OnDisk(Path path) implements Content {}

  /**
   * A text given as a string.
   *
   * @param text the text
   */
  public record InMemory(String text) implements Content {}

  /**
   * A text in a file that only an engine with a distributed file system client reads (hdfs:, s3a:):
   * the Spark engine's executors.
   *
   * @param uri the file
   */
  public record Located(URI uri) implements Content {}

  /**
   * Returns the document of manifest row {@code e}, its title and source from the row's columns of
   * those names ("" when absent), its text from {@code content}.
   */
  public static Document listed(Manifest.Entry e, Content content) {
    Map<String, String> meta = e.metadata();
    return new Document(
        e.id(),
        e.file(),
        e.year(),
        meta.getOrDefault("title", ""),
        meta.getOrDefault("source", ""),
        meta,
        content);
  }

  /** Checks that no component is null and copies the metadata. */
  public Document {
    Check.notNull("id", id, "file", file, "title", title, "source", source, "content", content);
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /**
   * Returns the decoded text with its SHA-256, read now.
   *
   * @throws qushi.analytics.core.BadInputException naming the file when it cannot be read as text
   */
  public RawText read() {
    return switch (content) {
      case OnDisk d -> RawText.read(d.path());
      case InMemory m -> RawText.of(m.text());
      case Located l ->
          throw new BadInputException(
              l.uri() + ": only --engine spark reads files on " + l.uri().getScheme() + ":");
    };
  }

  /** The group of the documents that have no value in a manifest column: {@value}. */
  public static final String NO_VALUE = "-";

  /**
   * Returns this document's value in the manifest column {@code column}, without surrounding
   * blanks, or {@link #NO_VALUE} when it has none there: one name for that group in every table and
   * note that groups documents by a column (keywords, counts and strata).
   */
  public String value(String column) {
    String v = metadata.getOrDefault(column, "").strip();
    return v.isEmpty() ? NO_VALUE : v;
  }

  /** Returns a one-line summary, since jshell echoes values. */
  @Override
  public String toString() {
    return "Document[" + id + ", " + year + ", " + file + "]";
  }

  /** Returns the manifest columns of the {@code documents}, in the order the manifest has them. */
  public static Set<String> columns(Iterable<Document> documents) {
    Set<String> out = new LinkedHashSet<>();
    for (Document d : documents) out.addAll(d.metadata().keySet());
    return out;
  }

  /**
   * Checks that {@code column} is a manifest column of the {@code documents}, for the option {@code
   * option} that names it.
   *
   * @throws BadInputException naming the option and the manifest's columns when it is not
   */
  public static void requireColumn(Iterable<Document> documents, String option, String column) {
    SortedSet<String> known = new TreeSet<>(columns(documents));
    if (!known.contains(column)) {
      throw BadInputException.option(
          option, "column '" + column + "' is not in the manifest (columns: " + known + ")");
    }
  }

  /**
   * Returns the error for an id that none of the documents with these {@code ids} has, naming the
   * first ten: "unknown document id 'x' (ids: a, b, … and 356 more)".
   */
  public static BadInputException unknownId(String id, List<String> ids) {
    int shown = Math.min(ids.size(), 10);
    return new BadInputException(
        "unknown document id '"
            + id
            + "' (ids: "
            + String.join(", ", ids.subList(0, shown))
            + (ids.size() > shown ? ", … and " + (ids.size() - shown) + " more" : "")
            + ")");
  }
}
