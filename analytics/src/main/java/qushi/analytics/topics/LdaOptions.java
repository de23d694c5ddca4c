package qushi.analytics.topics;

/**
 * Settings for training an LDA topic model with {@link LdaTrainer}.
 *
 * <p>The document–topic prior is an asymmetric Dirichlet with parameters α_k that start at
 * {@code alphaSum / topics}; the topic–word prior is a symmetric Dirichlet with parameter β per
 * word. When {@code optimizeInterval > 0}, α (and β when {@code optimizeBeta}) are re-estimated
 * every {@code optimizeInterval} iterations once {@code burnIn} iterations have passed.
 *
 * @param topics           number of topics K, at least 2
 * @param iterations       number of Gibbs sweeps over the corpus, at least 1
 * @param burnIn           sweeps before the first hyperparameter update, at least 0
 * @param optimizeInterval sweeps between hyperparameter updates; 0 disables them
 * @param alphaSum         initial Σ_k α_k, positive
 * @param beta             initial β (per word), positive
 * @param optimizeBeta     whether β is re-estimated together with α
 * @param threads          number of sampling threads, at least 1; results depend on it
 * @param seed             seed of the single random generator a run derives all streams from
 */
public record LdaOptions(
    int topics,
    int iterations,
    int burnIn,
    int optimizeInterval,
    double alphaSum,
    double beta,
    boolean optimizeBeta,
    int threads,
    long seed) {

  /** Checks every setting; throws {@link IllegalArgumentException} naming the bad one. */
  public LdaOptions {
    require(topics >= 2, "topics must be ≥ 2, was " + topics);
    require(iterations >= 1, "iterations must be ≥ 1, was " + iterations);
    require(burnIn >= 0, "burnIn must be ≥ 0, was " + burnIn);
    require(optimizeInterval >= 0, "optimizeInterval must be ≥ 0, was " + optimizeInterval);
    require(alphaSum > 0 && Double.isFinite(alphaSum), "alphaSum must be > 0, was " + alphaSum);
    require(beta > 0 && Double.isFinite(beta), "beta must be > 0, was " + beta);
    require(threads >= 1, "threads must be ≥ 1, was " + threads);
  }

  /**
   * Returns the defaults: 20 topics, 1000 iterations, burn-in 200, optimise every 10, α_sum 5.0,
   * β 0.01, β optimised, 1 thread, seed 42 (the same priors as MALLET's command line).
   */
  public static LdaOptions defaults() {
    return new LdaOptions(20, 1000, 200, 10, 5.0, 0.01, true, 1, 42L);
  }

  /** Returns a copy with {@code topics} changed. */
  public LdaOptions withTopics(int topics) {
    return new LdaOptions(
        topics, iterations, burnIn, optimizeInterval, alphaSum, beta, optimizeBeta, threads, seed);
  }

  /** Returns a copy with {@code iterations} changed. */
  public LdaOptions withIterations(int iterations) {
    return new LdaOptions(
        topics, iterations, burnIn, optimizeInterval, alphaSum, beta, optimizeBeta, threads, seed);
  }

  /** Returns a copy with {@code burnIn} changed. */
  public LdaOptions withBurnIn(int burnIn) {
    return new LdaOptions(
        topics, iterations, burnIn, optimizeInterval, alphaSum, beta, optimizeBeta, threads, seed);
  }

  /** Returns a copy with {@code optimizeInterval} changed (0 turns optimisation off). */
  public LdaOptions withOptimizeInterval(int optimizeInterval) {
    return new LdaOptions(
        topics, iterations, burnIn, optimizeInterval, alphaSum, beta, optimizeBeta, threads, seed);
  }

  /** Returns a copy with the initial {@code alphaSum} changed. */
  public LdaOptions withAlphaSum(double alphaSum) {
    return new LdaOptions(
        topics, iterations, burnIn, optimizeInterval, alphaSum, beta, optimizeBeta, threads, seed);
  }

  /** Returns a copy with the initial {@code beta} changed. */
  public LdaOptions withBeta(double beta) {
    return new LdaOptions(
        topics, iterations, burnIn, optimizeInterval, alphaSum, beta, optimizeBeta, threads, seed);
  }

  /** Returns a copy with {@code optimizeBeta} changed. */
  public LdaOptions withOptimizeBeta(boolean optimizeBeta) {
    return new LdaOptions(
        topics, iterations, burnIn, optimizeInterval, alphaSum, beta, optimizeBeta, threads, seed);
  }

  /** Returns a copy with {@code threads} changed. */
  public LdaOptions withThreads(int threads) {
    return new LdaOptions(
        topics, iterations, burnIn, optimizeInterval, alphaSum, beta, optimizeBeta, threads, seed);
  }

  /** Returns a copy with {@code seed} changed. */
  public LdaOptions withSeed(long seed) {
    return new LdaOptions(
        topics, iterations, burnIn, optimizeInterval, alphaSum, beta, optimizeBeta, threads, seed);
  }

  /** Returns whether hyperparameters are re-estimated after the given 1-based iteration. */
  boolean optimizesAfter(int iteration) {
    return optimizeInterval > 0 && iteration > burnIn && iteration % optimizeInterval == 0;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
