package qushi.analytics.compare;

/**
 * One term's trend within strata (see {@link StratifiedTrend}), over the strata whose text spans
 * two years or more.
 *
 * @param term the term
 * @param frequency its frequency (or occurrences, see {@link Counted}) in those strata
 * @param per10k that count per 10,000 of their tokens
 * @param changePerYear the change of the rate per year within strata, in percent: 100·(e^β̂ − 1)
 * @param changeLower lower end of its 95% interval
 * @param changeUpper upper end of its 95% interval
 * @param crudeChangePerYear the same over all the text as one stratum: what the trend says without
 *     strata; a sign different from {@code changePerYear} means the strata's mix, not the term's
 *     use, made the trend
 * @param p the p-value (the larger of the quasi-likelihood F test and the permutation test within
 *     strata)
 * @param pAdjusted the Benjamini–Hochberg step-down adjusted p
 * @param direction UP (rising) or DOWN (falling) within strata, NONE when the score is 0
 * @param dispersion φ ≥ 1, pooled over the cells stratum × year
 * @param strata informative strata in which the term occurs
 */
public record StratifiedTrendRow(
    String term,
    long frequency,
    double per10k,
    double changePerYear,
    double changeLower,
    double changeUpper,
    double crudeChangePerYear,
    double p,
    double pAdjusted,
    Direction direction,
    double dispersion,
    int strata) {

  /** Returns whether the adjusted p-value is below {@code level}. */
  public boolean significant(double level) {
    return pAdjusted < level;
  }

  StratifiedTrendRow withPAdjusted(double adjusted) {
    return new StratifiedTrendRow(
        term,
        frequency,
        per10k,
        changePerYear,
        changeLower,
        changeUpper,
        crudeChangePerYear,
        p,
        adjusted,
        direction,
        dispersion,
        strata);
  }
}
