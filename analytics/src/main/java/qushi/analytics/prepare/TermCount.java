package qushi.analytics.prepare;

/**
 * How often a term or phrase occurs in one year's cleaned text.
 *
 * <pre>
 * count(t, y)  = number of non-overlapping occurrences of t in the cleaned texts of year y,
 *                scanning left to right (what a text search finds), whole at t's Latin edges
 *                ({@link qushi.analytics.core.TextSearch}: AI is not counted in OpenAI)
 * per10k(t, y) = 10,000 · count(t, y) / tokens(y)
 * </pre>
 *
 * where tokens(y) is the number of word tokens of year y (see {@link
 * qushi.analytics.text.TermFilter}).
 *
 * @param term the term as searched (after the same normalisation as the text)
 * @param year the year
 * @param count occurrences
 * @param per10k occurrences per 10,000 word tokens of that year (NaN, shown empty, for a year
 *     without word tokens)
 */
public record TermCount(String term, int year, int count, double per10k) {
  /**
   * Returns the count of {@code term} in {@code year} with its rate among the year's {@code tokens}
   * word tokens (NaN when the year has none).
   */
  public static TermCount of(String term, int year, int count, long tokens) {
    return new TermCount(term, year, count, tokens == 0 ? Double.NaN : 1e4 * count / tokens);
  }
}
