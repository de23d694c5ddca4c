package qushi.analytics.compare;

import java.util.Objects;

/**
 * Settings of {@link TrendClassifier}; use {@link #defaults()} and the {@code withX} copies.
 *
 * @param keyness the keyness settings of the last-year-versus-earlier test; its {@code minCount}
 *     (default 3) is also the least count that makes a term EMERGING (in the last year) or VANISHED
 *     (earlier), and its {@code level} (default 0.05) applies to the adjusted p-values
 * @param minLogRatio the least |log₂ ratio| for RISING or FALLING (default 1.0, a doubling or
 *     halving), ≥ 0; significance alone would call tiny shifts of very common terms a trend
 */
public record TrendOptions(KeynessOptions keyness, double minLogRatio) {
  /** Checks the settings. */
  public TrendOptions {
    Objects.requireNonNull(keyness, "keyness");
    if (!(minLogRatio >= 0) || Double.isInfinite(minLogRatio)) {
      throw new IllegalArgumentException("minLogRatio must be finite and ≥ 0, was " + minLogRatio);
    }
  }

  /** Returns the defaults: {@link KeynessOptions#defaults()} and minLogRatio 1.0. */
  public static TrendOptions defaults() {
    return new TrendOptions(KeynessOptions.defaults(), 1.0);
  }

  /** Returns a copy with other keyness settings. */
  public TrendOptions withKeyness(KeynessOptions keyness) {
    return new TrendOptions(keyness, minLogRatio);
  }

  /** Returns a copy with another least |log₂ ratio| for RISING and FALLING. */
  public TrendOptions withMinLogRatio(double minLogRatio) {
    return new TrendOptions(keyness, minLogRatio);
  }

  /** Returns a copy with another least count (see {@code keyness}). */
  public TrendOptions withMinCount(int minCount) {
    return new TrendOptions(keyness.withMinCount(minCount), minLogRatio);
  }

  /** Returns a copy with another significance level for adjusted p-values. */
  public TrendOptions withLevel(double level) {
    return new TrendOptions(keyness.withLevel(level), minLogRatio);
  }
}
