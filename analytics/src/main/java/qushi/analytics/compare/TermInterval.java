package qushi.analytics.compare;

/**
 * A term's count and rate in one year with a bootstrap interval of the rate: the year's test units
 * (documents or passages, as the tests take them; a year of one document its passages) resampled
 * with replacement, widened to the exact Poisson interval of the count where that is wider ({@link
 * Bootstrap}).
 *
 * @param term the term as searched (cleaned like the text)
 * @param year the year
 * @param count non-overlapping occurrences in the cleaned text of the year
 * @param per10k occurrences per 10,000 word tokens of the year
 * @param lower lower end of the interval of per10k
 * @param upper upper end of the interval of per10k
 */
public record TermInterval(
    String term, int year, int count, double per10k, double lower, double upper) {}
