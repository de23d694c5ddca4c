package qushi.analytics;

import java.util.List;
import qushi.analytics.text.Section;

/**
 * A document after cleanup: the text every count, offset and context line refers to.
 *
 * @param document the document as loaded
 * @param text     the cleaned text
 * @param sections its sections, covering the text in order
 */
public record CleanDocument(Document document, String text, List<Section> sections) {
  /** Copies the section list. */
  public CleanDocument {
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
    return "CleanDocument[" + id() + ", " + year() + ", " + text.length() + " chars, " + sections.size() + " sections]";
  }
}
