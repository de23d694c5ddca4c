package qushi.analytics.compare;

import java.util.Arrays;

/**
 * Counts of the compared terms in a background corpus, used as the informative prior of the
 * weighted log-odds z-score instead of the pooled target and reference counts.
 *
 * @param counts per-term counts in the background corpus, aligned with the compared terms (copied)
 * @param tokens the background corpus size in tokens, &gt; 0
 */
public record Background(long[] counts, long tokens) {
  /** Copies the counts and checks them. */
  public Background {
    counts = counts.clone();
    if (tokens <= 0) {
      throw new IllegalArgumentException("tokens must be > 0, was " + tokens);
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0 || counts[i] > tokens) {
        throw new IllegalArgumentException(
            "counts[" + i + "] must be in [0, tokens=" + tokens + "], was " + counts[i]);
      }
    }
  }

  /** Returns a copy of the counts. */
  @Override
  public long[] counts() {
    return counts.clone();
  }

  /** Returns the background share of term {@code i}, a zero count replaced by {@code zero}. */
  double share(int i, double zero) {
    return Math.max(counts[i], zero) / tokens;
  }

  /** Returns whether the other background has equal counts and size. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Background b && tokens == b.tokens && Arrays.equals(counts, b.counts);
  }

  /** Returns a hash of the counts and size. */
  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(counts) + Long.hashCode(tokens);
  }

  /** Returns a summary with the number of terms and the corpus size. */
  @Override
  public String toString() {
    return "Background[terms=" + counts.length + ", tokens=" + tokens + "]";
  }
}
