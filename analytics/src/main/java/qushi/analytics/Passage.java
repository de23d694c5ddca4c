package qushi.analytics;

import java.util.Objects;

/**
 * A run of cleaned text of roughly 200–600 characters cut at sentence boundaries: the unit of
 * topic models, KWIC, co-occurrence and bootstrap resampling.
 *
 * @param index   0-based position of the passage in the whole corpus (document order, then text order)
 * @param docId   id of the document it comes from
 * @param year    the document's year
 * @param section title of the section it lies in ("" when the document has no sections)
 * @param start   offset of the first character in the document's cleaned text (inclusive)
 * @param end     offset after the last character in the document's cleaned text (exclusive)
 * @param text    the passage text, equal to {@code cleanText.substring(start, end)}
 */
public record Passage(int index, String docId, int year, String section, int start, int end, String text) {
  /** Checks the offsets agree with the text. */
  public Passage {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "passage offsets [" + start + ", " + end + ") do not match text length " + text.length());
    }
  }

  /** Returns the number of characters in the passage. */
  public int length() {
    return text.length();
  }
}
