package qushi.analytics.topics;

/**
 * Settings of a topic analysis of a corpus; use {@link #defaults()} and the {@code withX} copies.
 *
 * @param topics        K, the number of topics (≥ 2)
 * @param iterations    Gibbs sweeps (≥ 1)
 * @param burnIn        sweeps before hyperparameter optimisation starts (≥ 0)
 * @param seed          seed of the main run; stability runs use seeds derived from it
 * @param threads       sampling threads per run (≥ 1); results depend on it
 * @param runs          runs for the stability estimate, the main one included (≥ 1; 1 = none)
 * @param minCount      fewest corpus occurrences for a term to enter the model (≥ 1)
 * @param maxDocShare   terms in more than this share of passages are left out (in (0, 1])
 * @param lambda        relevance weight λ of Sievert and Shirley (in [0, 1])
 * @param resamples     bootstrap resamples for prevalence intervals (≥ 100)
 * @param fewPassages   a year with fewer passages than this gets a warning next to its prevalence
 * @param unstableBelow a topic whose stability is below this is flagged unstable (in [0, 1])
 */
public record TopicOptions(
    int topics, int iterations, int burnIn, long seed, int threads, int runs, int minCount, double maxDocShare,
    double lambda, int resamples, int fewPassages, double unstableBelow) {

  /** Checks every setting. */
  public TopicOptions {
    check(topics >= 2, "topics must be ≥ 2, was " + topics);
    check(iterations >= 1, "iterations must be ≥ 1, was " + iterations);
    check(burnIn >= 0, "burnIn must be ≥ 0, was " + burnIn);
    check(threads >= 1, "threads must be ≥ 1, was " + threads);
    check(runs >= 1, "runs must be ≥ 1, was " + runs);
    check(minCount >= 1, "minCount must be ≥ 1, was " + minCount);
    check(maxDocShare > 0 && maxDocShare <= 1, "maxDocShare must be in (0, 1], was " + maxDocShare);
    check(lambda >= 0 && lambda <= 1, "lambda must be in [0, 1], was " + lambda);
    check(resamples >= 100, "resamples must be ≥ 100, was " + resamples);
    check(fewPassages >= 0, "fewPassages must be ≥ 0, was " + fewPassages);
    check(unstableBelow >= 0 && unstableBelow <= 1, "unstableBelow must be in [0, 1], was " + unstableBelow);
  }

  /**
   * Returns the defaults: 10 topics, 1000 sweeps, burn-in 200, seed 42, 1 thread, 5 runs, terms
   * seen at least 3 times and in at most half of the passages, λ = 0.6, 1000 resamples, warning
   * below 30 passages, unstable below 0.5.
   */
  public static TopicOptions defaults() {
    return new TopicOptions(10, 1000, 200, 42, 1, 5, 3, 0.5, 0.6, 1000, 30, 0.5);
  }

  /** Returns a copy with K topics. */
  public TopicOptions withTopics(int k) {
    return new TopicOptions(k, iterations, burnIn, seed, threads, runs, minCount, maxDocShare, lambda, resamples,
        fewPassages, unstableBelow);
  }

  /** Returns a copy with this many sweeps (burn-in capped at a fifth of them). */
  public TopicOptions withIterations(int n) {
    return new TopicOptions(topics, n, Math.min(burnIn, n / 5), seed, threads, runs, minCount, maxDocShare, lambda,
        resamples, fewPassages, unstableBelow);
  }

  /** Returns a copy whose hyperparameter optimisation (every 10 sweeps) starts after this many sweeps. */
  public TopicOptions withBurnIn(int b) {
    return new TopicOptions(topics, iterations, b, seed, threads, runs, minCount, maxDocShare, lambda, resamples,
        fewPassages, unstableBelow);
  }

  /** Returns a copy with this seed. */
  public TopicOptions withSeed(long s) {
    return new TopicOptions(topics, iterations, burnIn, s, threads, runs, minCount, maxDocShare, lambda, resamples,
        fewPassages, unstableBelow);
  }

  /** Returns a copy with this many sampling threads. */
  public TopicOptions withThreads(int t) {
    return new TopicOptions(topics, iterations, burnIn, seed, t, runs, minCount, maxDocShare, lambda, resamples,
        fewPassages, unstableBelow);
  }

  /** Returns a copy with this many stability runs. */
  public TopicOptions withRuns(int r) {
    return new TopicOptions(topics, iterations, burnIn, seed, threads, r, minCount, maxDocShare, lambda, resamples,
        fewPassages, unstableBelow);
  }

  /** Returns a copy that keeps terms found in at most this share of passages. */
  public TopicOptions withMaxDocShare(double share) {
    return new TopicOptions(topics, iterations, burnIn, seed, threads, runs, minCount, share, lambda, resamples,
        fewPassages, unstableBelow);
  }

  /** Returns the sampler settings of run {@code r} (0 = the main run). */
  LdaOptions lda(int r) {
    long s = r == 0 ? seed : new java.util.SplittableRandom(seed).split().nextLong() + r;
    return LdaOptions.defaults().withTopics(topics).withIterations(iterations).withBurnIn(burnIn)
        .withThreads(threads).withSeed(s);
  }

  private static void check(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException(message);
  }
}
