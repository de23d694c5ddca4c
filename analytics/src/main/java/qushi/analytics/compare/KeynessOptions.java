package qushi.analytics.compare;

/**
 * Settings of a keyness comparison; use {@link #defaults()} and the {@code withX} copies.
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
public record KeynessOptions(
    boolean williams,
    int minCount,
    double alpha0,
    double zeroCorrection,
    double level,
    boolean quasiLikelihood) {

  /** Value of {@code alpha0} that selects α₀ = min(1000, N_t, N_r). */
  public static final double AUTO_ALPHA0 = 0;

  /** Checks every setting. */
  public KeynessOptions {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be ≥ 1, was " + minCount);
    }
    if (!(alpha0 >= 0) || Double.isInfinite(alpha0)) {
      throw new IllegalArgumentException("alpha0 must be finite and ≥ 0 (0 = auto), was " + alpha0);
    }
    if (!(zeroCorrection > 0 && zeroCorrection <= 1)) {
      throw new IllegalArgumentException("zeroCorrection must be in (0, 1], was " + zeroCorrection);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), was " + level);
    }
  }

  /**
   * Returns the defaults: Williams on, minCount 3, automatic α₀, zero correction 0.5, level 0.05,
   * quasi-likelihood on.
   */
  public static KeynessOptions defaults() {
    return new KeynessOptions(true, 3, AUTO_ALPHA0, 0.5, 0.05, true);
  }

  /** Returns a copy with Williams' correction switched on or off. */
  public KeynessOptions withWilliams(boolean williams) {
    return new KeynessOptions(williams, minCount, alpha0, zeroCorrection, level, quasiLikelihood);
  }

  /** Returns a copy with another minimum pooled count (≥ 1). */
  public KeynessOptions withMinCount(int minCount) {
    return new KeynessOptions(williams, minCount, alpha0, zeroCorrection, level, quasiLikelihood);
  }

  /** Returns a copy with another prior total α₀ (&gt; 0, or {@link #AUTO_ALPHA0}). */
  public KeynessOptions withAlpha0(double alpha0) {
    return new KeynessOptions(williams, minCount, alpha0, zeroCorrection, level, quasiLikelihood);
  }

  /** Returns a copy with another zero correction for the log ratio, in (0, 1]. */
  public KeynessOptions withZeroCorrection(double zeroCorrection) {
    return new KeynessOptions(williams, minCount, alpha0, zeroCorrection, level, quasiLikelihood);
  }

  /** Returns a copy with another significance level, in (0, 1). */
  public KeynessOptions withLevel(double level) {
    return new KeynessOptions(williams, minCount, alpha0, zeroCorrection, level, quasiLikelihood);
  }

  /** Returns a copy with the passage-level overdispersion correction switched on or off. */
  public KeynessOptions withQuasiLikelihood(boolean quasiLikelihood) {
    return new KeynessOptions(williams, minCount, alpha0, zeroCorrection, level, quasiLikelihood);
  }

  /** Returns the α₀ used for the given corpus sizes: the set value, or the automatic one. */
  public double alpha0For(long targetTokens, long referenceTokens) {
    return alpha0 > 0 ? alpha0 : Math.min(1000.0, Math.min(targetTokens, referenceTokens));
  }
}
