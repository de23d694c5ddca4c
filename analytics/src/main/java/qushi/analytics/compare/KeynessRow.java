package qushi.analytics.compare;

/**
 * One term of a keyness comparison between a target and a reference corpus.
 *
 * @param term the term
 * @param targetCount occurrences in the target
 * @param targetPer10k occurrences per 10,000 target tokens
 * @param referenceCount occurrences in the reference
 * @param referencePer10k occurrences per 10,000 reference tokens
 * @param logRatio log₂ of the ratio of relative frequencies, zero counts corrected (see {@link
 *     Keyness#logRatio}); positive when the target rate is higher
 * @param g2 the log-likelihood statistic, ≥ 0, after Williams' correction and the dispersion factor
 *     when they apply
 * @param p the p-value of {@code g2} (from passage counts: the larger of the quasi-likelihood p and
 *     Fisher's exact test on the passages containing the term), in [0, 1]
 * @param pAdjusted the Benjamini–Hochberg adjusted p over all terms of the table, in [0, 1]
 * @param z the weighted log-odds z-score with informative Dirichlet prior; positive when the target
 *     rate is higher
 * @param direction the side with the higher observed rate
 * @param dispersion the overdispersion factor φ ≥ 1 that divided G² (1 when not estimated)
 */
public record KeynessRow(
    String term,
    long targetCount,
    double targetPer10k,
    long referenceCount,
    double referencePer10k,
    double logRatio,
    double g2,
    double p,
    double pAdjusted,
    double z,
    Direction direction,
    double dispersion) {

  /** Returns whether the adjusted p-value is below {@code level}. */
  public boolean significant(double level) {
    return pAdjusted < level;
  }
}
