package qushi.analytics.topics;

import io.soabase.recordbuilder.core.RecordBuilder;
import qushi.analytics.core.Check;
import qushi.analytics.core.RandomSource;

/**
 * Settings for training an LDA topic model with {@link LdaTrainer}.
 *
 * <p>The document–topic prior is an asymmetric Dirichlet with parameters α_k that start at {@code
 * alphaSum / topics}; the topic–word prior is a symmetric Dirichlet with parameter β per word. When
 * {@code optimizeInterval > 0}, α (and β when {@code optimizeBeta}) are re-estimated every {@code
 * optimizeInterval} iterations once {@code burnIn} iterations have passed.
 *
 * @param topics number of topics K, at least 2
 * @param iterations number of Gibbs sweeps over the corpus, at least 1
 * @param burnIn sweeps before the first hyperparameter update, at least 0
 * @param optimizeInterval sweeps between hyperparameter updates; 0 disables them
 * @param alphaSum initial Σ_k α_k, positive
 * @param beta initial β (per word), positive
 * @param optimizeBeta whether β is re-estimated together with α
 * @param threads number of sampling threads, at least 1; results depend on it
 * @param seed seed of the single random generator a run derives all streams from
 * @param convergence stop before {@code iterations} once the log-likelihood per token has
 *     converged: after burn-in and half of the sweeps it is computed every {@value #CHECK_EVERY}
 *     sweeps, and the run stops when it rose by less than this share of its size over the last
 *     {@value #WINDOW} sweeps (0 runs every sweep; ≥ 0)
 */
@RecordBuilder
public record LdaOptions(
    int topics,
    int iterations,
    int burnIn,
    int optimizeInterval,
    double alphaSum,
    double beta,
    boolean optimizeBeta,
    int threads,
    long seed,
    double convergence)
    implements LdaOptionsBuilder.With {

  /** Sweeps between two computations of the log-likelihood when watching for convergence. */
  public static final int CHECK_EVERY = 10;

  /** Sweeps over which the rise of the log-likelihood is measured for convergence. */
  public static final int WINDOW = 50;

  /**
   * The most topics a model may have: beyond it the count tables no longer fit a laptop's memory.
   */
  public static final int MAX_TOPICS = 1000;

  /** The most sampling threads: each thread holds a copy of the word–topic counts. */
  public static final int MAX_THREADS = 64;

  /**
   * Checks every setting; throws {@link qushi.analytics.core.BadInputException} naming the bad one.
   */
  public LdaOptions {
    Check.atLeast("topics", topics, 2);
    Check.atMost("topics", topics, MAX_TOPICS);
    Check.atLeast("iterations", iterations, 1);
    Check.atLeast("burnIn", burnIn, 0);
    Check.atLeast("optimizeInterval", optimizeInterval, 0);
    Check.positive("alphaSum", alphaSum);
    Check.positive("beta", beta);
    Check.atLeast("threads", threads, 1);
    Check.atMost("threads", threads, MAX_THREADS);
    Check.that(
        convergence >= 0 && convergence < 1,
        "convergence",
        "must be in [0, 1), was " + convergence);
  }

  /**
   * Returns the defaults: 20 topics, 1000 iterations, burn-in 200, optimise every 10, α_sum 5.0, β
   * 0.01, β optimised, 1 thread, the default seed (the same priors as MALLET's command line).
   */
  public static LdaOptions defaults() {
    return new LdaOptions(20, 1000, 200, 10, 5.0, 0.01, true, 1, RandomSource.DEFAULT_SEED, 0);
  }

  /** Returns whether hyperparameters are re-estimated after the given 1-based iteration. */
  boolean optimizesAfter(int iteration) {
    return optimizeInterval > 0 && iteration > burnIn && iteration % optimizeInterval == 0;
  }
}
