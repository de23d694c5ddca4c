package qushi.analytics.topics;

/** Receives the model log-likelihood while {@link LdaTrainer} runs. */
@FunctionalInterface
public interface LdaProgress {
  /**
   * Called after a reported iteration with the model log-likelihood per token.
   *
   * @param iteration              1-based iteration just finished
   * @param iterations             total iterations of the run
   * @param logLikelihoodPerToken  log P(w, z) / tokens (natural log, ≤ 0)
   */
  void onIteration(int iteration, int iterations, double logLikelihoodPerToken);

  /** Returns a listener that ignores every report. */
  static LdaProgress none() {
    return (iteration, iterations, logLikelihoodPerToken) -> {};
  }
}
