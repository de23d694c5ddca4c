package qushi.analytics.compare;

import io.soabase.recordbuilder.core.RecordBuilder;
import qushi.analytics.core.Display;

/**
 * One term of a keyness comparison between a target and a reference corpus; the {@code withX}
 * copies are generated for every component.
 *
 * @param term the term
 * @param targetFrequency the frequency (term tokens) in the target; in a comparison of given terms,
 *     the occurrences a text search finds ({@link Counted})
 * @param targetPer10k that count per 10,000 target tokens
 * @param referenceFrequency the frequency (or occurrences) in the reference
 * @param referencePer10k that count per 10,000 reference tokens
 * @param logRatio log₂ of the ratio of relative frequencies with size-proportional pseudo-counts
 *     (see {@link Keyness#logRatio}); its sign is always that of target per10k − reference per10k
 * @param g2 the log-likelihood statistic, ≥ 0, after Williams' correction and the dispersion factor
 *     when they apply
 * @param p the p-value (from passage counts: the larger of the quasi-likelihood p and a permutation
 *     test over passages, see {@link qushi.analytics.stats.TwoGroupTest}), in [0, 1]
 * @param pAdjusted the adjusted p over all terms of the table, in [0, 1]: the discrete
 *     Benjamini–Hochberg step-down for passage-level tests, Benjamini–Hochberg for token-level ones
 * @param z the weighted log-odds z-score with an informative Dirichlet prior (see {@link
 *     Keyness#logOddsZ}); its sign is always that of target per10k − reference per10k
 * @param direction the side with the higher observed rate
 * @param dispersion the overdispersion factor φ ≥ 1 that divided G² (1 when not estimated)
 * @param logRatioLower the lower end of the 95% interval of the log ratio (profile likelihood; over
 *     test units and at the token level alike at the dispersion that gives the test's p where p
 *     &lt; 0.05, and otherwise at φ (Williams' q at the token level) widened only as far as holding
 *     0 needs, so that it leaves out 0 exactly when p &lt; 0.05; −∞ when the target count is 0: see
 *     {@link qushi.analytics.stats.EffectSizes#testInterval})
 * @param logRatioUpper the upper end of that interval (+∞ when the reference count is 0); either
 *     end is open (±∞) beyond ±log₂(N_t + N_r) ({@link
 *     qushi.analytics.stats.EffectSizes#logRatioInterval})
 * @param topDocument the id of the document that holds most of the term's counts in the two groups
 *     ("" when not computed)
 * @param topDocumentShare that document's share of those counts, in [0, 1]; NaN when not computed,
 *     or when the top document is the only document of its period (then the period is that
 *     document); a share near 1 means the change may be one document's, not the period's
 */
@RecordBuilder
public record KeynessRow(
    String term,
    long targetFrequency,
    double targetPer10k,
    long referenceFrequency,
    double referencePer10k,
    double logRatio,
    double g2,
    double p,
    double pAdjusted,
    double z,
    Direction direction,
    double dispersion,
    double logRatioLower,
    double logRatioUpper,
    String topDocument,
    double topDocumentShare)
    implements ComparedTerm, KeynessRowBuilder.With {

  /** The least top-document share that marks a term as concentrated in one document. */
  public static final double CONCENTRATED = 0.8;

  /** Returns a copy with the term's top document and its share. */
  public KeynessRow withTopDocument(String document, double share) {
    return with(b -> b.topDocument(document).topDocumentShare(share));
  }

  /**
   * Returns a short summary, rounded as the tables round: term, direction, the two sides'
   * frequencies and rates, log ratio with its interval, adjusted p and the top document's share.
   */
  @Override
  public String toString() {
    return "KeynessRow["
        + term
        + " "
        + direction
        + ", target="
        + targetFrequency
        + " ("
        + Display.format("per10k", targetPer10k)
        + "/10k), reference="
        + referenceFrequency
        + " ("
        + Display.format("per10k", referencePer10k)
        + "/10k), log_ratio="
        + Display.format("log_ratio", logRatio)
        + " ["
        + Display.format("log_ratio_lower", logRatioLower)
        + ", "
        + Display.format("log_ratio_upper", logRatioUpper)
        + "], p_adj="
        + Display.format("p_adj", pAdjusted)
        + (topDocument == null || topDocument.isEmpty()
            ? ""
            : ", top_doc=" + topDocument + " (" + Display.format("share", topDocumentShare) + ")")
        + "]";
  }
}
