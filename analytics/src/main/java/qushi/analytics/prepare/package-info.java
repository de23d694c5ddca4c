/**
 * The prepared corpus, computed once and read by every analysis: cleaned documents, passages, token
 * ids in one vocabulary (primitive arrays) and the shared count stage ({@link
 * qushi.analytics.prepare.Counts}: the passage × term matrix and per-year sufficient statistics,
 * {@link qushi.analytics.prepare.GroupCounts}). The sums here are all that the statistics read, so
 * a distributed engine that computes them gets the same results.
 */
package qushi.analytics.prepare;
