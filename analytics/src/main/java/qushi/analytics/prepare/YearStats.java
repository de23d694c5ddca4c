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
    long boilerplate) {}
