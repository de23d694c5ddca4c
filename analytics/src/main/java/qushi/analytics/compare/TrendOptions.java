package qushi.analytics.compare;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Objects;
import qushi.analytics.core.Check;

/**
 * Settings of {@link TrendClassifier}; use {@link #defaults()} and the {@code withX} copies.
 *
 * @param keyness the keyness settings of the last-year-versus-earlier test; its {@code minCount}
 *     (default 3) is also the least count that makes a term EMERGING (in the last year) or VANISHED
 *     (earlier), and its {@code level} (default 0.05) applies to the adjusted p-values
 * @param minLogRatio the least |log₂ ratio| for RISING or FALLING (default 1.0, a doubling or
 *     halving), ≥ 0; significance alone would call tiny shifts of very common terms a trend
 */
@RecordBuilder
public record TrendOptions(KeynessOptions keyness, double minLogRatio)
    implements TrendOptionsBuilder.With {
  /** Checks the settings. */
  public TrendOptions {
    Objects.requireNonNull(keyness, "keyness");
    Check.that(
        minLogRatio >= 0 && !Double.isInfinite(minLogRatio),
        "minLogRatio",
        "must be finite and ≥ 0, was " + minLogRatio);
  }

  /** Returns the defaults: {@link KeynessOptions#defaults()} and minLogRatio 1.0. */
  public static TrendOptions defaults() {
    return new TrendOptions(KeynessOptions.defaults(), 1.0);
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
