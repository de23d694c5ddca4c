package qushi.analytics.prepare;

import java.util.List;
import java.util.Objects;
import qushi.analytics.corpus.Document;
import qushi.analytics.text.Section;

/**
 * A document after cleanup: the text every count, offset and context line refers to.
 *
 * @param document the document as listed
 * @param text the cleaned text
 * @param sections its sections, covering the text in order
 * @param bytes the size of the file the text was read from
 * @param sha256 hex SHA-256 of that file (taken when it was read)
 * @param boilerplate non-whitespace characters dropped from it as boilerplate
 */
public record CleanDocument(
    Document document,
    String text,
    List<Section> sections,
    long bytes,
    String sha256,
    long boilerplate) {
  /** Copies the section list. */
  public CleanDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sha256, "sha256");
    sections = List.copyOf(sections);
  }

  /** Returns the document id. */
  public String id() {
    return document.id();
  }

  /** Returns the document year. */
  public int year() {
    return document.year();
  }

  /** Returns the title of the section that contains offset {@code pos} ("" when there is none). */
  public String sectionAt(int pos) {
    for (Section s : sections) if (pos >= s.start() && pos < s.end()) return s.title();
    return "";
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "CleanDocument["
        + id()
        + ", "
        + year()
        + ", "
        + text.length()
        + " chars, "
        + sections.size()
        + " sections]";
  }
}
