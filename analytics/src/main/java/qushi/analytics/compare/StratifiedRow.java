package qushi.analytics.compare;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * One term of a stratified comparison (see {@link Stratified}); the columns shared with {@link
 * KeynessRow} mean the same, computed over the strata that have both target and reference text. The
 * {@code withX} copies are generated for every component.
 *
 * @param term the term
 * @param targetFrequency the frequency (or occurrences, see {@link Counted}) in the target,
 *     informative strata only
 * @param targetPer10k that count per 10,000 target tokens of those strata
 * @param referenceFrequency the frequency (or occurrences) in the reference, informative strata
 *     only
 * @param referencePer10k that count per 10,000 reference tokens of those strata
 * @param logRatio log₂ of the Mantel–Haenszel rate ratio: the change within strata; its sign is the
 *     stratified direction
 * @param chi2 the Mantel–Haenszel χ² divided by the dispersion φ
 * @param p the p-value (the larger of the quasi-likelihood F test and the permutation test within
 *     strata)
 * @param pAdjusted the discrete Benjamini–Hochberg step-down adjusted p
 * @param direction UP or DOWN within strata (NONE when equal)
 * @param logRatioLower lower end of the 95% interval of the log ratio
 * @param logRatioUpper upper end of that interval
 * @param dispersion φ ≥ 1, pooled over the cells stratum × side
 * @param crudeLogRatio the log ratio of the counts in all the text of the two sides, ignoring
 *     strata (those left out, with text on one side only, included): what the comparison says
 *     without strata; a sign different from {@code logRatio} means the strata's mix, not the term's
 *     use, made the difference
 * @param strata informative strata in which the term occurs
 * @param topDocument the document with most of the term's counts
 * @param topDocumentShare its share of them
 */
@RecordBuilder
public record StratifiedRow(
    String term,
    long targetFrequency,
    double targetPer10k,
    long referenceFrequency,
    double referencePer10k,
    double logRatio,
    double chi2,
    double p,
    double pAdjusted,
    Direction direction,
    double logRatioLower,
    double logRatioUpper,
    double dispersion,
    double crudeLogRatio,
    int strata,
    String topDocument,
    double topDocumentShare)
    implements ComparedTerm, StratifiedRowBuilder.With {

  /** Returns a copy with the term's top document and its share. */
  StratifiedRow withTopDocument(String document, double share) {
    return with(b -> b.topDocument(document).topDocumentShare(share));
  }
}
