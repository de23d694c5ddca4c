package qushi.analytics.compare;

/**
 * A rate per 10,000 tokens with a bootstrap confidence interval, lower ≤ upper, both ≥ 0.
 *
 * @param per10k the observed rate Σcount / Σtokens · 10⁴
 * @param lower the lower percentile bound
 * @param upper the upper percentile bound
 * @param level the confidence level, in (0, 1)
 */
public record RateInterval(double per10k, double lower, double upper, double level) {
  /** Returns whether {@code value} lies in [lower, upper]. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }
}
