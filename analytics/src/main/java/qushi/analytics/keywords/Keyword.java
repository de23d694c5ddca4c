package qushi.analytics.keywords;

/**
 * A distinctive term of one group (a year or a document).
 *
 * @param group the year (as text) or document id
 * @param kind {@code term} for a single term, {@code phrase} for a key phrase
 * @param rank 1-based rank within the group and kind
 * @param term the term or key phrase
 * @param count occurrences in the group (term tokens; for phrases, adjacent token pairs)
 * @param per10k occurrences per 10,000 word tokens of the group
 * @param score the method's score (see {@link Keywords})
 */
public record Keyword(
    String group, String kind, int rank, String term, long count, double per10k, double score) {}
