package qushi.analytics.text;

import java.util.Objects;

/**
 * A run of cleaned text of roughly 200–600 characters cut at sentence boundaries: the unit of topic
 * models, KWIC, co-occurrence and the passage-level statistics. It holds offsets, not text: the
 * text is {@code cleanText.substring(start, end)} of its document.
 *
 * @param index 0-based position of the passage in the whole corpus (document order, then text
 *     order)
 * @param document 0-based position of its document in the corpus
 * @param docId id of the document it comes from
 * @param year the document's year
 * @param section title of the section it lies in ("" when the document has no sections)
 * @param start offset of the first character in the document's cleaned text (inclusive)
 * @param end offset after the last character in the document's cleaned text (exclusive)
 */
public record Passage(
    int index, int document, String docId, int year, String section, int start, int end) {
  /** Checks the offsets. */
  public Passage {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(section, "section");
    Offsets.check("passage", start, end);
  }

  /** Returns the number of characters in the passage. */
  public int length() {
    return end - start;
  }
}
