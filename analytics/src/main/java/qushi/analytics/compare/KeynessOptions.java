package qushi.analytics.compare;

import io.soabase.recordbuilder.core.RecordBuilder;
import qushi.analytics.core.Check;

/**
 * Settings of a keyness comparison; use {@link #defaults()} and the {@code withX} copies (generated
 * for every component).
 *
 * @param williams whether G² is divided by Williams' correction factor q (default {@code true})
 * @param minCount the smallest pooled count (target + reference) for a term to be tested; rarer
 *     terms are left out of the table and of the multiple-testing family (default 3, ≥ 1). Such
 *     terms cannot reach significance after correction anyway, and dropping them by a count that
 *     ignores the group labels makes the false-discovery correction less severe for the rest.
 * @param alpha0 the total prior count α₀ of the weighted log-odds z-score, &gt; 0, or {@link
 *     #AUTO_ALPHA0} (the default) for {@code min(1000, N_t, N_r)}: the prior then adds at most
 *     1,000 pseudo-tokens to each side, never more than the smaller side holds, so it tames the z
 *     of rare terms without outweighing the evidence of a small year
 * @param zeroCorrection the count substituted for a zero count in the log ratio (Hardie's 0.5 by
 *     default), in (0, 1]
 * @param level the significance level applied to Benjamini–Hochberg adjusted p-values, in (0, 1)
 *     (default 0.05)
 * @param quasiLikelihood whether a comparison built from passage counts divides G² by the term's
 *     estimated overdispersion and takes p from an F distribution (default {@code true}); has no
 *     effect on comparisons of bare totals
 */
@RecordBuilder
public record KeynessOptions(
    boolean williams,
    int minCount,
    double alpha0,
    double zeroCorrection,
    double level,
    boolean quasiLikelihood)
    implements KeynessOptionsBuilder.With {

  /** Value of {@code alpha0} that selects α₀ = min(1000, N_t, N_r). */
  public static final double AUTO_ALPHA0 = 0;

  /** Checks every setting. */
  public KeynessOptions {
    Check.atLeast("minCount", minCount, 1);
    Check.that(
        alpha0 >= 0 && !Double.isInfinite(alpha0),
        "alpha0",
        "must be finite and ≥ 0 (0 = auto), was " + alpha0);
    Check.leftOpen("zeroCorrection", zeroCorrection, 0, 1);
    Check.open("level", level, 0, 1);
  }

  /**
   * Returns the defaults: Williams on, minCount 3, automatic α₀, zero correction 0.5, level 0.05,
   * quasi-likelihood on.
   */
  public static KeynessOptions defaults() {
    return new KeynessOptions(true, 3, AUTO_ALPHA0, 0.5, 0.05, true);
  }

  /** Returns the α₀ used for the given corpus sizes: the set value, or the automatic one. */
  public double alpha0For(long targetTokens, long referenceTokens) {
    return alpha0 > 0 ? alpha0 : Math.min(1000.0, Math.min(targetTokens, referenceTokens));
  }
}
