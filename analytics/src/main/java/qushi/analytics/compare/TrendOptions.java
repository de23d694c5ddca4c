package qushi.analytics.compare;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Objects;
import qushi.analytics.core.Check;

/**
 * Settings of {@link TrendClassifier}; use {@link #defaults()} and the {@code withX} copies.
 *
 * @param keyness the test settings: {@code minCount} (default 3) is the least total count for a
 *     term to be tested, {@code level} (default 0.05) applies to the adjusted p-values, {@code
 *     quasiLikelihood} (default on) selects the passage-level test, {@code zeroCorrection} and
 *     {@code alpha0} serve the last-year-versus-earlier log ratio and z
 * @param minLogRatio the least |log₂| change from the early to the late years for RISING and
 *     FALLING, of the fitted peak or trough against both ends for PEAKED or DIPPED (default 1.0, a
 *     doubling or halving), ≥ 0; significance alone would call tiny shifts of very common terms a
 *     trend
 * @param established the passages of a year that must contain a term for it to be established in
 *     that year (default 2, ≥ 1; a year with fewer passages needs all of them)
 * @param absence the largest share of the rate a term begins (ends) its established years with that
 *     it may keep before (after) them and still count as absent there (default 0.1), in [0, 1)
 */
@RecordBuilder
public record TrendOptions(
    KeynessOptions keyness, double minLogRatio, int established, double absence)
    implements TrendOptionsBuilder.With {
  /** Checks the settings. */
  public TrendOptions {
    Objects.requireNonNull(keyness, "keyness");
    Check.that(
        minLogRatio >= 0 && !Double.isInfinite(minLogRatio),
        "minLogRatio",
        "must be finite and ≥ 0, was " + minLogRatio);
    Check.atLeast("established", established, 1);
    Check.that(absence >= 0 && absence < 1, "absence", "must be in [0, 1), was " + absence);
  }

  /** Returns the settings with the default {@code established} (2) and {@code absence} (0.1). */
  public TrendOptions(KeynessOptions keyness, double minLogRatio) {
    this(keyness, minLogRatio, 2, 0.1);
  }

  /** Returns the defaults: {@link KeynessOptions#defaults()}, minLogRatio 1.0, 2, 0.1. */
  public static TrendOptions defaults() {
    return new TrendOptions(KeynessOptions.defaults(), 1.0, 2, 0.1);
  }

  /** Returns a copy with another least count (see {@code keyness}). */
  public TrendOptions withMinCount(int minCount) {
    return withKeyness(keyness.withMinCount(minCount));
  }

  /** Returns a copy with another significance level for adjusted p-values. */
  public TrendOptions withLevel(double level) {
    return withKeyness(keyness.withLevel(level));
  }
}
