package qushi.analytics.prepare;

/**
 * How often a term or phrase occurs in the cleaned text of one year's documents that share one
 * value of a manifest column (a source, a province), counted as {@link TermCount} counts a year.
 *
 * <pre>
 * count(t, y, g)  = non-overlapping occurrences of t in the cleaned texts of year y and group g
 * per10k(t, y, g) = 10,000 · count(t, y, g) / tokens(y, g)
 * </pre>
 *
 * @param term the term as searched (after the same normalisation as the text)
 * @param year the year
 * @param group the documents' value of the column ("" for documents without one)
 * @param count occurrences
 * @param per10k occurrences per 10,000 word tokens of those documents (NaN, shown empty, when they
 *     have none)
 */
public record GroupCount(String term, int year, String group, int count, double per10k) {}
