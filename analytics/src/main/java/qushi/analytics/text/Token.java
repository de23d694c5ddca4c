package qushi.analytics.text;

/**
 * One segmenter token.
 *
 * @param word the token text, exactly as it appears in the cleaned text
 * @param nature HanLP part-of-speech tag (e.g. {@code n}, {@code vn}, {@code nz}, {@code w})
 * @param offset offset of the first character in the text that was segmented
 */
public record Token(String word, String nature, int offset) {
  /** Returns the offset after the last character. */
  public int end() {
    return offset + word.length();
  }
}
