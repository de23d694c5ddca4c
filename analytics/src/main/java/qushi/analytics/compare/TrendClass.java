package qushi.analytics.compare;

/**
 * How a term's use in the last year compares with all earlier years pooled. The order of the
 * constants is the order of {@link TrendTable}.
 */
public enum TrendClass {
  /** Absent from every earlier year; in the last year at least minCount times, significantly. */
  EMERGING,
  /**
   * In both periods; significantly and at least minLogRatio (log₂) more frequent in the last year.
   */
  RISING,
  /**
   * In both periods; significantly and at least minLogRatio (log₂) less frequent in the last year.
   */
  FALLING,
  /** Absent from the last year; at least minCount times earlier, significantly. */
  VANISHED,
  /**
   * No change that is both significant and large enough: a steady term, or one too rare for its
   * change to be told apart from noise.
   */
  STABLE
}
