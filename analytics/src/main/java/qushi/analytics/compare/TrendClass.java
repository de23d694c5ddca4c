package qushi.analytics.compare;

/**
 * The shape of a term's use over the years (see {@link TrendClassifier} for the rules). The order
 * of the constants is the order of {@link TrendTable}.
 */
public enum TrendClass {
  /**
   * Absent (or nearly) in the early years, established later and still in use at the end: where the
   * series ends (its last years after the peak) not below its rate within its span by the factor
   * 2^minLogRatio.
   */
  EMERGING,
  /**
   * Present from the start (not absent early); the observed rate of the late years is at least
   * 2^minLogRatio times that of the early years (the change), and the rise does not rest on one
   * year.
   */
  RISING,
  /**
   * Rose, then fell: absent at both ends; absent at one end and, towards the other, below its rate
   * within its span by the factor 2^minLogRatio; or a fitted peak between the early and the late
   * years above the curve over both by that factor.
   */
  PEAKED,
  /**
   * Fell, then rose again: a fitted trough between the early and the late years below the curve
   * over both, that comes back about as far as it fell (within a factor of two in log terms).
   */
  DIPPED,
  /**
   * Present to the end (not absent late); the observed rate of the early years is at least
   * 2^minLogRatio times that of the late years, and the fall does not rest on one year.
   */
  FALLING,
  /** Used earlier, then only rarely (≤ the absence share of its earlier rate), not quite never. */
  FADING,
  /** Used earlier, then not at all. */
  VANISHED,
  /**
   * No change over the years that is both significant and large enough: a steady term, or one whose
   * change is too small to name.
   */
  STABLE,
  /**
   * Too sparse to say: even the most uneven arrangement of its passages over the years could not be
   * significant.
   */
  SPARSE;

  /** Whether the term changed: any class but STABLE and SPARSE. */
  public boolean changed() {
    return this != STABLE && this != SPARSE;
  }

  /**
   * Whether the change from the early to the late years measures this shape: RISING, FALLING and
   * STABLE. The others are read from their onset, peak and last years; a term that PEAKED in
   * between is low at both ends, and their ratio says nothing of it.
   */
  public boolean measuredByChange() {
    return this == RISING || this == FALLING || this == STABLE;
  }
}
