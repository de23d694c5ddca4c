package qushi.analytics.compare;

/**
 * What the counts of a comparison are, and so how its table names their columns: the segmenter's
 * term tokens ({@code frequency}, {@code target_frequency}) when a comparison covers the corpus's
 * terms, or the occurrences a search of the cleaned text finds ({@code count}, {@code
 * target_count}) when it covers given terms or phrases, whatever the segmenter made of them.
 */
public enum Counted {
  /** Term tokens as the segmenter cut them. */
  FREQUENCY("frequency"),
  /** Non-overlapping occurrences found by a search of the cleaned text. */
  OCCURRENCES("count");

  private final String word;

  Counted(String word) {
    this.word = word;
  }

  /**
   * Returns the name of a column of these counts: {@code frequency} or {@code count}, after {@code
   * prefix} and an underscore when the prefix is not empty ({@code target_count}).
   */
  public String column(String prefix) {
    return prefix.isEmpty() ? word : prefix + "_" + word;
  }
}
