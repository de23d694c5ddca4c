package qushi.analytics.compare;

/**
 * What a row of a two-sided comparison ({@link KeynessRow}, {@link StratifiedRow}) says of its term
 * in the same words: the counts and rates on both sides and the log ratio.
 */
public interface ComparedTerm {
  /** Returns the term. */
  String term();

  /** Returns the occurrences in the target. */
  long targetCount();

  /** Returns the occurrences per 10,000 target tokens. */
  double targetPer10k();

  /** Returns the occurrences in the reference. */
  long referenceCount();

  /** Returns the occurrences per 10,000 reference tokens. */
  double referencePer10k();

  /** Returns the log₂ ratio of the two rates. */
  double logRatio();

  /** Returns whether the adjusted p-value is below {@code level}. */
  boolean significant(double level);
}
