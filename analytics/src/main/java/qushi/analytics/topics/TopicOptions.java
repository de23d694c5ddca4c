package qushi.analytics.topics;

import io.soabase.recordbuilder.core.RecordBuilder;
import qushi.analytics.core.Check;

/**
 * Settings of a topic analysis of a corpus; use {@link #defaults()} and the {@code withX} copies
 * (generated for every component). The seeds of the runs come from the run's {@link
 * qushi.analytics.core.RandomSource}.
 *
 * @param topics K, the number of topics (2 to {@value LdaOptions#MAX_TOPICS})
 * @param iterations Gibbs sweeps (≥ 1)
 * @param burnIn sweeps before hyperparameter optimisation starts (≥ 0)
 * @param threads sampling threads per run (≥ 1); results depend on it
 * @param runs runs for the stability estimate, the main one included (≥ 1; 1 = none)
 * @param minCount fewest corpus occurrences for a term to enter the model (≥ 1)
 * @param maxDocShare terms in more than this share of passages are left out (in (0, 1])
 * @param lambda relevance weight λ of Sievert and Shirley (in [0, 1])
 * @param resamples bootstrap resamples for prevalence intervals (≥ 100)
 * @param fewPassages a year with fewer passages than this gets a warning next to its prevalence
 * @param unstableBelow a topic whose stability is below this is flagged unstable (in [0, 1])
 */
@RecordBuilder
public record TopicOptions(
    int topics,
    int iterations,
    int burnIn,
    int threads,
    int runs,
    int minCount,
    double maxDocShare,
    double lambda,
    int resamples,
    int fewPassages,
    double unstableBelow)
    implements TopicOptionsBuilder.With {

  /** Checks every setting. */
  public TopicOptions {
    Check.atLeast("topics", topics, 2);
    Check.atMost("topics", topics, LdaOptions.MAX_TOPICS);
    Check.atLeast("iterations", iterations, 1);
    Check.atLeast("burnIn", burnIn, 0);
    Check.atLeast("threads", threads, 1);
    Check.atMost("threads", threads, LdaOptions.MAX_THREADS);
    Check.atLeast("runs", runs, 1);
    Check.atLeast("minCount", minCount, 1);
    Check.leftOpen("maxDocShare", maxDocShare, 0, 1);
    Check.closed("lambda", lambda, 0, 1);
    Check.atLeast("resamples", resamples, 100);
    Check.atLeast("fewPassages", fewPassages, 0);
    Check.closed("unstableBelow", unstableBelow, 0, 1);
  }

  /**
   * Returns the defaults: 10 topics, 1000 sweeps, burn-in 200, 1 thread, 5 runs, terms seen at
   * least 3 times and in at most half of the passages, λ = 0.6, 1000 resamples, warning below 30
   * passages, unstable below 0.5.
   */
  public static TopicOptions defaults() {
    return new TopicOptions(10, 1000, 200, 1, 5, 3, 0.5, 0.6, 1000, 30, 0.5);
  }

  /** Returns a copy with this many sweeps and the burn-in capped at a fifth of them. */
  @Override
  public TopicOptions withIterations(int n) {
    return new TopicOptions(
        topics,
        n,
        Math.min(burnIn, n / 5),
        threads,
        runs,
        minCount,
        maxDocShare,
        lambda,
        resamples,
        fewPassages,
        unstableBelow);
  }

  /** Returns the sampler settings of a run with seed {@code seed}. */
  LdaOptions lda(long seed) {
    return LdaOptions.defaults()
        .withTopics(topics)
        .withIterations(iterations)
        .withBurnIn(burnIn)
        .withThreads(threads)
        .withSeed(seed);
  }
}
