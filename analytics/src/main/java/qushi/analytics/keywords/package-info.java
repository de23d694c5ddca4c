/**
 * Distinctive terms of each year or document (class-based TF-IDF, TextRank) and key phrases
 * (collocations of adjacent terms), read from the prepared corpus's counts and term sequences.
 */
package qushi.analytics.keywords;
