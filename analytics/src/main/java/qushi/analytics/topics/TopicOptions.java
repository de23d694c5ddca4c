package qushi.analytics.topics;

import io.soabase.recordbuilder.core.RecordBuilder;
import qushi.analytics.core.Check;

/**
 * Settings of a topic analysis of a corpus; use {@link #defaults()} and the {@code withX} copies
 * (generated for every component). The seeds of the runs come from the run's {@link
 * qushi.analytics.core.RandomSource}.
 *
 * <p>The budget. A model is trained on at most {@code maxTokens} tokens: a larger corpus is
 * represented by a random sample of its passages (the others get their topic mixtures by inference
 * with the trained model). A fit runs at most {@code iterations} sweeps and stops earlier once its
 * log-likelihood per token has converged ({@code convergence}, watched from half the sweeps on; see
 * {@link LdaOptions#convergence()}). Choosing K fits each candidate K twice with at most {@code
 * sweepIterations} sweeps.
 *
 * @param topics K, the number of topics (2 to {@value LdaOptions#MAX_TOPICS})
 * @param iterations most Gibbs sweeps of a fit (≥ 1)
 * @param burnIn sweeps before hyperparameter optimisation starts (≥ 0)
 * @param threads sampling threads per run (≥ 1); results depend on it
 * @param runs runs for the stability estimate, the main one included (≥ 1; 1 = none)
 * @param minCount fewest corpus occurrences for a term to enter the model (≥ 1)
 * @param maxDocShare terms in more than this share of passages are left out (in (0, 1])
 * @param lambda relevance weight λ of Sievert and Shirley (in [0, 1])
 * @param resamples bootstrap resamples for prevalence intervals (≥ 100)
 * @param fewPassages a year with fewer passages than this gets a warning next to its prevalence
 * @param unstableBelow a topic whose stability is below this is flagged unstable (in [0, 1])
 * @param maxTokens most tokens a model is trained on (≥ 1,000)
 * @param sweepIterations most Gibbs sweeps of each fit while choosing K (≥ 1)
 * @param convergence the convergence tolerance of a fit (see {@link LdaOptions#convergence()})
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
    double unstableBelow,
    int maxTokens,
    int sweepIterations,
    double convergence)
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
    Check.atLeast("maxTokens", maxTokens, 1000);
    Check.atLeast("sweepIterations", sweepIterations, 1);
    Check.that(
        convergence >= 0 && convergence < 1,
        "convergence",
        "must be in [0, 1), was " + convergence);
  }

  /**
   * Returns the defaults: 10 topics; fits of at most 1000 sweeps, burn-in 200, stopped at
   * convergence 0.1% over 50 sweeps; 1 thread; 3 runs; terms seen at least 3 times and in at most
   * half of the passages; λ = 0.6; 1000 resamples; warning below 30 passages; unstable below 0.5;
   * trained on at most 200,000 tokens; 200 sweeps per fit while choosing K.
   */
  public static TopicOptions defaults() {
    return new TopicOptions(10, 1000, 200, 1, 3, 3, 0.5, 0.6, 1000, 30, 0.5, 200_000, 200, 1e-3);
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
        unstableBelow,
        maxTokens,
        sweepIterations,
        convergence);
  }

  /** Returns the sampler settings of a run with seed {@code seed}. */
  public LdaOptions lda(long seed) {
    return LdaOptions.defaults()
        .withTopics(topics)
        .withIterations(iterations)
        .withBurnIn(burnIn)
        .withThreads(threads)
        .withSeed(seed)
        .withConvergence(convergence);
  }

  /**
   * Returns the sampler settings of a fit while choosing K: fewer sweeps, burn-in a fifth of them.
   */
  LdaOptions sweepLda(int k, long seed) {
    return LdaOptions.defaults()
        .withTopics(k)
        .withIterations(sweepIterations)
        .withBurnIn(Math.min(burnIn, sweepIterations / 5))
        .withThreads(threads)
        .withSeed(seed)
        .withConvergence(convergence);
  }
}
