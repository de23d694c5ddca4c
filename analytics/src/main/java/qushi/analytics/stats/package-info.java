/**
 * Statistics with no notion of a corpus: the log-likelihood G² and its tails, multiple testing,
 * quantiles and exact tests on counts of units. Each states its formula and reference once.
 */
package qushi.analytics.stats;
