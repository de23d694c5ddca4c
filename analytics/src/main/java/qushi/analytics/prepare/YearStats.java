package qushi.analytics.prepare;

/**
 * Size figures for one year of a corpus.
 *
 * @param year the year
 * @param documents documents of that year
 * @param sections sections in those documents
 * @param passages passages in those documents
 * @param characters non-whitespace characters of the cleaned text (Unicode code points)
 * @param tokens word tokens (tokens with a letter or digit; the denominator of per10k)
 * @param termTokens word tokens that pass the term filter
 * @param terms distinct terms
 * @param boilerplate non-whitespace characters dropped as boilerplate (not in {@code characters})
 */
public record YearStats(
    int year,
    int documents,
    int sections,
    int passages,
    long characters,
    long tokens,
    long termTokens,
    int terms,
    long boilerplate) {
  /**
   * Returns the figures of a year from its documents' sizes, its term tokens and its counts: tokens
   * and passages of {@code counts}, distinct terms = #{t : C_t &gt; 0}. The term tokens are counted
   * apart: Σ_t C_t counts a learned term's token also for the terms inside it ({@link
   * NestedTerms}).
   */
  public static YearStats of(
      int year,
      int documents,
      int sections,
      long characters,
      long boilerplate,
      long termTokens,
      GroupCounts counts) {
    int distinct = 0;
    for (int t = 0; t < counts.terms(); t++) distinct += counts.count()[t] > 0 ? 1 : 0;
    return new YearStats(
        year,
        documents,
        sections,
        counts.passages(),
        characters,
        counts.tokens(),
        termTokens,
        distinct,
        boilerplate);
  }
}
