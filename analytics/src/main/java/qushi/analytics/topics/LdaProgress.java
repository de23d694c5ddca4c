package qushi.analytics.topics;

/**
 * Receives every finished iteration, and sometimes the model log-likelihood, while {@link
 * LdaTrainer} runs.
 */
@FunctionalInterface
public interface LdaProgress {
  /**
   * Called after every iteration; with the model log-likelihood per token on reported iterations.
   *
   * @param iteration 1-based iteration just finished
   * @param iterations total iterations of the run
   * @param logLikelihoodPerToken log P(w, z) / tokens (natural log, ≤ 0), or NaN when not computed
   */
  void onIteration(int iteration, int iterations, double logLikelihoodPerToken);

  /** Returns a listener that ignores every report. */
  static LdaProgress none() {
    return (iteration, iterations, logLikelihoodPerToken) -> {};
  }
}
