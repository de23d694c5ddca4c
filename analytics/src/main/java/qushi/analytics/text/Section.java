package qushi.analytics.text;

import java.util.Objects;

/**
 * A titled span of a document's cleaned text; the sections of a document tile it without gaps.
 *
 * @param title the section's title, "" when it has none
 * @param start offset of the first character in the cleaned text (inclusive)
 * @param end offset after the last character in the cleaned text (exclusive)
 */
public record Section(String title, int start, int end) {
  /** Checks the offsets. */
  public Section {
    Objects.requireNonNull(title, "title");
    Offsets.check("section", start, end);
  }

  /** Returns the number of characters in the section. */
  public int length() {
    return end - start;
  }
}
