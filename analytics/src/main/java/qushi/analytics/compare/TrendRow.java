package qushi.analytics.compare;

import java.util.Arrays;

/**
 * One term's trend class with its rate series and the statistics of last year versus earlier.
 *
 * @param term the term
 * @param trend the trend class
 * @param per10k occurrences per 10,000 tokens in each year of the table, oldest first (copied)
 * @param lastCount occurrences in the last year
 * @param earlierCount occurrences in all earlier years
 * @param logRatio log₂ ratio of the last-year rate to the earlier rate (see {@link
 *     Keyness#logRatio})
 * @param g2 the G² statistic, ≥ 0, as in {@link KeynessRow#g2()}
 * @param pAdjusted the Benjamini–Hochberg adjusted p-value over all classified terms
 * @param z the weighted log-odds z-score, positive when the last year uses the term more
 */
public record TrendRow(
    String term,
    TrendClass trend,
    double[] per10k,
    long lastCount,
    long earlierCount,
    double logRatio,
    double g2,
    double pAdjusted,
    double z) {

  /** Copies the rate series. */
  public TrendRow {
    per10k = per10k.clone();
  }

  /** Returns a copy of the rate series. */
  @Override
  public double[] per10k() {
    return per10k.clone();
  }

  /** Returns whether the other row holds the same values, comparing the series element-wise. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TrendRow r
        && term.equals(r.term)
        && trend == r.trend
        && Arrays.equals(per10k, r.per10k)
        && lastCount == r.lastCount
        && earlierCount == r.earlierCount
        && Double.compare(logRatio, r.logRatio) == 0
        && Double.compare(g2, r.g2) == 0
        && Double.compare(pAdjusted, r.pAdjusted) == 0
        && Double.compare(z, r.z) == 0;
  }

  /** Returns a hash consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return 31 * (31 * term.hashCode() + trend.hashCode()) + Arrays.hashCode(per10k);
  }

  /** Returns a short summary: term, class, counts, log ratio and adjusted p. */
  @Override
  public String toString() {
    return String.format(
        "TrendRow[%s %s, last=%d, earlier=%d, logRatio=%.3f, pAdjusted=%.3g, years=%d]",
        term, trend, lastCount, earlierCount, logRatio, pAdjusted, per10k.length);
  }
}
