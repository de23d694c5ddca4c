package qushi.analytics.compare;

/**
 * What a row of a two-sided comparison ({@link KeynessRow}, {@link StratifiedRow}) says of its term
 * in the same words: the counts and rates on both sides, the log ratio, the adjusted p-value and
 * the share of the top document. The counts are the term's frequency (term tokens), or, in a
 * comparison of given terms, its occurrences found by a text search ({@link Counted}).
 */
public interface ComparedTerm {
  /** Returns the term. */
  String term();

  /** Returns the frequency (or occurrences, see {@link Counted}) in the target. */
  long targetFrequency();

  /** Returns the frequency (or occurrences) per 10,000 target tokens. */
  double targetPer10k();

  /** Returns the frequency (or occurrences, see {@link Counted}) in the reference. */
  long referenceFrequency();

  /** Returns the frequency (or occurrences) per 10,000 reference tokens. */
  double referencePer10k();

  /** Returns the log₂ ratio of the two rates. */
  double logRatio();

  /** Returns the adjusted p-value. */
  double pAdjusted();

  /** Returns the share of the term's occurrences in its top document. */
  double topDocumentShare();

  /** Returns whether the adjusted p-value is below {@code level}. */
  default boolean significant(double level) {
    return pAdjusted() < level;
  }

  /**
   * Returns whether at least {@value KeynessRow#CONCENTRATED} of the term's occurrences come from
   * one document.
   */
  default boolean concentrated() {
    return topDocumentShare() >= KeynessRow.CONCENTRATED;
  }
}
