/**
 * Comparisons between years: keyness from passage-level sufficient statistics (quasi-likelihood G²,
 * an exact passage test, Benjamini–Hochberg, log ratio, weighted log-odds), the multi-period view,
 * trend classes and bootstrap intervals of rates.
 */
package qushi.analytics.compare;
