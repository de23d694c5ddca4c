package qushi.analytics.prepare;

import java.util.List;
import java.util.Objects;
import qushi.analytics.corpus.Document;
import qushi.analytics.corpus.RawText;
import qushi.analytics.text.Boilerplate;
import qushi.analytics.text.Passage;
import qushi.analytics.text.Section;
import qushi.analytics.text.SectionedText;
import qushi.analytics.text.TextPipeline;

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

  /**
   * Returns {@code raw}, the text read from {@code document}, cleaned by {@code text} and cut into
   * sections, without looking for boilerplate (which needs the other documents).
   */
  public static CleanDocument of(Document document, RawText raw, TextPipeline text) {
    return of(
        document,
        0,
        text.normalizer().normalize(raw),
        Boilerplate.none(),
        raw.bytes(),
        raw.sha256(),
        text);
  }

  /**
   * Returns the document whose cleaned text is {@code cleaned}, with the {@code boilerplate} found
   * across the corpus dropped, cut into sections: the one way a cleaned document is made, by the
   * local preparation and by a distributed engine alike.
   *
   * @param index the document's place in the corpus, from 0 (a copy of an earlier document loses
   *     what it repeats: {@link Boilerplate#strip(int, String)})
   * @param bytes the size of the file
   * @param sha256 hex SHA-256 of the file
   */
  public static CleanDocument of(
      Document document,
      int index,
      String cleaned,
      Boilerplate boilerplate,
      long bytes,
      String sha256,
      TextPipeline text) {
    String kept = boilerplate.strip(index, cleaned);
    SectionedText sectioned = text.splitter().sectioned(kept);
    return new CleanDocument(
        document,
        sectioned.text(),
        sectioned.sections(),
        bytes,
        sha256,
        visible(cleaned) - visible(kept));
  }

  /**
   * Returns the passages of this document, the {@code d}-th of its corpus, numbered from {@code
   * firstIndex}.
   */
  public List<Passage> passages(TextPipeline text, int d, int firstIndex) {
    return text.splitter().passages(d, id(), year(), this.text, sections, firstIndex);
  }

  /** Returns the number of characters of the cleaned text that are not whitespace (code points). */
  public long characters() {
    return visible(text);
  }

  /** Returns the number of characters of {@code text} that are not whitespace (code points). */
  static long visible(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // whitespace is all in the basic plane; a surrogate pair is one character
      boolean pairEnd =
          Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (!Character.isWhitespace(c) && !pairEnd) n++;
    }
    return n;
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
